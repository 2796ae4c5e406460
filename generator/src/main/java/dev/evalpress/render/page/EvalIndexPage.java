package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.DashboardEntry;
import dev.evalpress.analyse.EvalSummary;
import dev.evalpress.analyse.LatestByFamily;
import dev.evalpress.model.Category;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.SiteSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evals index ({@code evals/index.html}): every eval, grouped by category and then by suite
 * (the first segment of its id), with the latest rate of each model family and its change. One row
 * per eval and one column per family, so the page grows with evals × families, never with versions:
 * a family's column names its latest version once, and a cell names its version only when it is
 * another one (an eval not measured on the latest).
 */
public final class EvalIndexPage {

  /**
   * One line head of a family on an eval; {@code version} is empty when it is the family's latest
   * version.
   */
  public record Cell(Link value, String version, ComparisonView comparison) {}

  /**
   * One eval; {@code families} holds the cells of each family column, empty when the family has no
   * result.
   */
  public record Row(
      Link eval, String id, String direction, int versions, List<List<Cell>> families) {}

  /** Evals of one suite. */
  public record Suite(String name, List<Row> rows) {}

  /** Evals of one category. */
  public record Group(String category, String anchor, int count, List<Suite> suites) {}

  /** A family column: the family and its latest version. */
  public record FamilyColumn(String family, String latest) {}

  /** Everything the evals index template shows. */
  public record View(
      int count,
      List<Link> categories,
      List<FamilyColumn> families,
      int columns,
      List<Group> groups) {}

  static final String PATH = SitePaths.EVALS_INDEX;

  private EvalIndexPage() {}

  public static RenderedPage render(
      SiteSettings settings, Analysis analysis, TemplateRenderer templates) {
    Map<String, ModelVersion> latest = latestOfEachFamily(analysis);
    List<String> families = new ArrayList<>(latest.keySet());
    Map<Category, Map<String, List<Row>>> grouped = new TreeMap<>();
    for (EvalSummary eval : analysis.evals().values()) {
      grouped
          .computeIfAbsent(eval.eval().category(), c -> new TreeMap<>())
          .computeIfAbsent(suite(eval.eval().id()), s -> new ArrayList<>())
          .add(row(analysis, eval, families, latest));
    }
    List<Group> groups = new ArrayList<>();
    grouped.forEach(
        (category, suites) ->
            groups.add(
                new Group(
                    category.label(),
                    "category-" + category.label(),
                    suites.values().stream().mapToInt(List::size).sum(),
                    suites.entrySet().stream()
                        .map(s -> new Suite(s.getKey(), s.getValue()))
                        .toList())));
    View view =
        new View(
            analysis.evals().size(),
            groups.stream()
                .map(g -> new Link(g.category() + " (" + g.count() + ")", "#" + g.anchor()))
                .toList(),
            families.stream().map(f -> new FamilyColumn(f, latest.get(f).name())).toList(),
            families.size() + 2,
            groups);
    String html =
        templates.page("evals", Map.of("chrome", Chrome.of(settings, "Evals", PATH), "page", view));
    return new RenderedPage(PATH, html, List.of());
  }

  /** The suite of an eval: its id's first segment, or the id itself when it has one segment. */
  static String suite(String evalId) {
    int slash = evalId.indexOf('/');
    return slash < 0 ? evalId : evalId.substring(0, slash);
  }

  /** Each family's latest version (the last in release order), families in name order. */
  static Map<String, ModelVersion> latestOfEachFamily(Analysis analysis) {
    Map<String, ModelVersion> latest = new TreeMap<>();
    analysis.models().forEach(m -> latest.put(m.model().family(), m.model()));
    return latest;
  }

  private static Row row(
      Analysis analysis,
      EvalSummary eval,
      List<String> families,
      Map<String, ModelVersion> latest) {
    Map<String, List<Cell>> cells = new LinkedHashMap<>();
    families.forEach(f -> cells.put(f, new ArrayList<>()));
    for (DashboardEntry e : LatestByFamily.of(analysis, eval).entries()) {
      boolean isLatest = e.model().id().equals(latest.get(e.family()).id());
      cells
          .get(e.family())
          .add(
              new Cell(
                  new Link(
                      EstimateView.of(e.estimate()).value(),
                      SitePaths.relative(
                          PATH, ModelPage.evalHref(analysis, e.model().id(), eval.eval().id()))),
                  isLatest ? "" : e.model().name(),
                  ComparisonView.of(e.comparison(), PATH)));
    }
    return new Row(
        new Link(eval.eval().title(), SitePaths.relative(PATH, SitePaths.eval(eval.eval().id()))),
        eval.eval().id(),
        Labels.direction(eval.eval().direction()),
        eval.byModel().size(),
        new ArrayList<>(cells.values()));
  }
}
