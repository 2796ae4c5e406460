package dev.evalpress.render.directive;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.report.EvalChart;
import dev.evalpress.analyse.report.ResolvedBlock;
import dev.evalpress.analyse.report.ResolvedReport;
import dev.evalpress.analyse.report.ResolvedSample;
import dev.evalpress.analyse.report.ResolvedTable;
import dev.evalpress.analyse.report.TrainingChart;
import dev.evalpress.markdown.BlockDirective;
import dev.evalpress.markdown.InlineReference;
import dev.evalpress.model.Source;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.markdown.DirectiveHandler;
import dev.evalpress.render.page.Fragments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The directives of one report page, drawn from the report's resolved directives. Numbers figures
 * and tables in document order and keeps the figures so the page can write their SVG and CSV files.
 * Not thread-safe: one instance per page render.
 */
public final class ReportDirectives implements DirectiveHandler {

  private final String path;
  private final String pagePath;
  private final ResolvedReport resolved;
  private final Analysis analysis;
  private final Fragments fragments;
  private final ChartFigures charts;
  private final List<Figure> figures = new ArrayList<>();
  private int tables;

  /**
   * @param path the report's path as shown in messages, by which its references were resolved
   * @param pagePath the page's path in the site, for relative links
   */
  public ReportDirectives(
      String path,
      String pagePath,
      ResolvedReport resolved,
      Analysis analysis,
      Fragments fragments) {
    this.path = path;
    this.pagePath = pagePath;
    this.resolved = resolved;
    this.analysis = analysis;
    this.fragments = fragments;
    this.charts = new ChartFigures(analysis.settings());
  }

  /** The figures rendered so far, in document order. */
  public List<Figure> figures() {
    return List.copyOf(figures);
  }

  @Override
  public String block(BlockDirective directive) {
    Optional<ResolvedBlock> block = resolved.block(directive.line());
    if (block.isEmpty()) {
      return fragments.problem(
          switch (directive.name()) {
            case "chart" -> "Chart not drawn: see the build errors";
            case "sample" -> "Sample not found: see the build errors";
            default -> "Table not drawn: see the build errors";
          });
    }
    if (block.get() instanceof EvalChart || block.get() instanceof TrainingChart) {
      Figure figure =
          charts.figure(
              block.get(), "figure-" + (figures.size() + 1), "Figure " + (figures.size() + 1));
      figures.add(figure);
      return fragments.figure(figure);
    }
    if (block.get() instanceof ResolvedSample sample) {
      return fragments.sample(SampleViews.of(sample, analysis, pagePath), sample.spec().caption());
    }
    tables++;
    return fragments.table(TableViews.of((ResolvedTable) block.get(), analysis, pagePath, tables));
  }

  @Override
  public String inline(InlineReference reference) {
    Source at = new Source(path, reference.line(), reference.column());
    return resolved
        .reference(at)
        .map(ReferenceText::of)
        .map(fragments::inlineRate)
        .orElseGet(() -> fragments.inlineProblem("{{" + reference.text() + "}}"));
  }
}
