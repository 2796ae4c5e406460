package dev.evalpress.render.directive;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.markdown.BlockDirective;
import dev.evalpress.render.markdown.DirectiveHandler;
import dev.evalpress.render.markdown.InlineReference;
import dev.evalpress.render.page.Fragments;
import dev.evalpress.render.page.RateTableView;
import dev.evalpress.render.page.SampleView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directives of one report page. Numbers figures and tables in document order and keeps the figures
 * so the page can write their SVG and CSV files. Not thread-safe: one instance per page render.
 */
public final class ReportDirectives implements DirectiveHandler {

  private static final Set<String> CHART_FIELDS =
      Set.of("type", "eval", "models", "condition", "runs", "metric", "smoothing", "caption", "alt");
  private static final Set<String> TABLE_FIELDS = Set.of("eval", "models", "condition", "by", "caption");
  /** The block directives, by name, with the fields each takes. */
  static final Map<String, Set<String>> FIELDS =
      Map.of("chart", CHART_FIELDS, "table", TABLE_FIELDS, "sample", SampleDirective.FIELDS);

  private final String path;
  private final Analysis analysis;
  private final Problems problems;
  private final Fragments fragments;
  private final String pagePath;
  private final ChartDirective charts;
  private final List<Figure> figures = new ArrayList<>();
  private int tables;

  /**
   * @param path the report's path as shown in messages
   * @param pagePath the page's path in the site, for relative links
   */
  public ReportDirectives(String path, String pagePath, Analysis analysis, Problems problems, Fragments fragments) {
    this.path = path;
    this.analysis = analysis;
    this.problems = problems;
    this.fragments = fragments;
    this.charts = new ChartDirective(analysis);
    this.pagePath = pagePath;
  }

  /** The figures rendered so far, in document order. */
  public List<Figure> figures() {
    return List.copyOf(figures);
  }

  @Override
  public boolean isBlockDirective(String name) {
    return FIELDS.containsKey(name);
  }

  @Override
  public String block(BlockDirective directive) {
    JsonObject spec = LocatedJson.parseYaml(path, directive.body(), directive.bodyLine(), problems)
        .map(doc -> JsonObject.root(doc, problems))
        .orElse(null);
    if (spec == null) {
      return fragments.problem("Invalid " + directive.name() + " block");
    }
    if (directive.name().equals("chart")) {
      spec.allowOnly(CHART_FIELDS);
      Figure figure = charts.render(spec, "figure-" + (figures.size() + 1), "Figure " + (figures.size() + 1));
      if (figure == null) {
        return fragments.problem("Chart not drawn: see the build errors");
      }
      figures.add(figure);
      return fragments.figure(figure);
    }
    if (directive.name().equals("sample")) {
      spec.allowOnly(SampleDirective.FIELDS);
      SampleView sample = SampleDirective.read(spec, analysis, pagePath);
      return sample == null ? fragments.problem("Sample not found: see the build errors")
          : fragments.sample(sample, spec.text("caption").orElse(""));
    }
    spec.allowOnly(TABLE_FIELDS);
    RateTableView table = TableDirective.read(spec, analysis, pagePath, tables + 1);
    if (table == null) {
      return fragments.problem("Table not drawn: see the build errors");
    }
    tables++;
    return fragments.table(table);
  }

  @Override
  public String inline(InlineReference reference) {
    Source at = new Source(path, reference.line(), reference.column());
    return RateReference.render(reference.text(), at, analysis, problems)
        .map(fragments::inlineRate)
        .orElseGet(() -> fragments.inlineProblem("{{" + reference.text() + "}}"));
  }
}
