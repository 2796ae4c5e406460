package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.ConditionComparison;
import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.analyse.ModelSummary;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.render.format.FindingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model version: every eval it was measured on, side by side with its predecessor. A version
 * measured on more than {@link #PER_PAGE} evals gets a first page with one pooled row per eval and
 * pages of {@value #PER_PAGE} evals' condition tables ({@code models/ID/evals-1/index.html}, …), so
 * no page grows with the number of evals times conditions; every number stays one link away.
 */
public final class ModelPage {

  /**
   * How many evals' condition tables one page holds (a table with six conditions is about 3 KB).
   */
  public static final int PER_PAGE = 25;

  /**
   * One eval in the first page's overview of a paged version: its pooled row and where its
   * conditions are.
   */
  public record OverviewRow(
      Link eval,
      Link details,
      EstimateView current,
      String comparedWith,
      EstimateView predecessor,
      ComparisonView comparison,
      String flags) {}

  /** The overview of a paged version; null for a version on one page. */
  public record Overview(List<OverviewRow> rows, List<Link> pages) {}

  /**
   * A page of condition tables: which page of how many, with links to every page ({@code href}
   * empty for this one).
   */
  public record Pager(int page, int of, List<Link> pages) {}

  /**
   * One condition row; {@code pooled} marks the pooled row. The reasons say why a value is missing
   * ("not measured under this condition", "no predecessor", "nothing to compare"); each is empty
   * when its value is there.
   */
  public record Row(
      String condition,
      boolean pooled,
      EstimateView current,
      EstimateView predecessor,
      ComparisonView comparison,
      SortKeys currentKeys,
      SortKeys predecessorKeys,
      SortKeys changeKeys,
      String currentReason,
      String predecessorReason,
      String changeReason) {}

  /** One eval's comparison table. */
  public record EvalView(
      String anchor,
      Link link,
      String metric,
      String direction,
      boolean rate,
      List<Row> rows,
      String correction,
      List<String> findings,
      String comparedWith,
      String caption) {}

  /**
   * Everything the model template shows; {@code released} is null when the date is unknown (nothing
   * is shown); {@code overview} and {@code pager} are null for a version on one page; {@code home}
   * links a further page to the first; {@code compare} links the compare page with this version and
   * its predecessor.
   */
  public record View(
      String name,
      String id,
      String family,
      String released,
      Link predecessor,
      List<EvalView> evals,
      Overview overview,
      Pager pager,
      Link home,
      Link compare) {}

  private ModelPage() {}

  /**
   * The version's page: every eval's condition tables, or, for a paged version, the overview and
   * pager.
   */
  public static RenderedPage render(
      SiteSettings settings, ModelSummary summary, TemplateRenderer templates) {
    ModelVersion model = summary.model();
    String path = SitePaths.model(model.id());
    Link predecessor =
        summary
            .predecessor()
            .map(p -> new Link(p.name(), SitePaths.relative(path, SitePaths.model(p.id()))))
            .orElse(null);
    boolean paged = pages(summary) > 1;
    List<EvalView> evals =
        paged ? List.of() : summary.evals().stream().map(e -> evalView(path, summary, e)).toList();
    Overview overview = paged ? overview(path, summary) : null;
    View view =
        new View(
            model.name(),
            model.id(),
            model.family(),
            model.released().map(Object::toString).orElse(null),
            predecessor,
            evals,
            overview,
            null,
            null,
            new Link(
                "Compare with any other version",
                ComparePage.href(
                    path, summary.predecessor().map(ModelVersion::id).orElse(null), model.id())));
    String html =
        templates.page(
            "model", Map.of("chrome", Chrome.of(settings, model.name(), path), "page", view));
    return new RenderedPage(path, html, List.of());
  }

  /** The pages of condition tables of a paged version; none for a version on one page. */
  public static List<RenderedPage> detailPages(
      SiteSettings settings, ModelSummary summary, TemplateRenderer templates) {
    int pages = pages(summary);
    if (pages == 1) {
      return List.of();
    }
    ModelVersion model = summary.model();
    List<RenderedPage> rendered = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      String path = pagePath(model.id(), page);
      List<EvalView> evals =
          summary
              .evals()
              .subList((page - 1) * PER_PAGE, Math.min(summary.evals().size(), page * PER_PAGE))
              .stream()
              .map(e -> evalView(path, summary, e))
              .toList();
      String title =
          model.name()
              + ", evals "
              + ((page - 1) * PER_PAGE + 1)
              + "–"
              + ((page - 1) * PER_PAGE + evals.size())
              + " of "
              + summary.evals().size();
      View view =
          new View(
              model.name(),
              model.id(),
              model.family(),
              null,
              null,
              evals,
              null,
              new Pager(page, pages, pagerLinks(path, model.id(), pages, page)),
              new Link(model.name(), SitePaths.relative(path, SitePaths.model(model.id()))),
              new Link(
                  "Compare with any other version",
                  ComparePage.href(
                      path, summary.predecessor().map(ModelVersion::id).orElse(null), model.id())));
      String html =
          templates.page("model", Map.of("chrome", Chrome.of(settings, title, path), "page", view));
      rendered.add(new RenderedPage(path, html, List.of()));
    }
    return rendered;
  }

  /**
   * Where the condition table of {@code evalId} on version {@code modelId} is, relative to the site
   * root: an anchor on the version's page, or on the page of condition tables that holds it.
   */
  public static String evalHref(Analysis analysis, String modelId, String evalId) {
    ModelSummary summary = analysis.model(modelId).orElseThrow();
    int index = 0;
    while (index < summary.evals().size()
        && !summary.evals().get(index).eval().id().equals(evalId)) {
      index++;
    }
    String page =
        pages(summary) > 1 ? pagePath(modelId, index / PER_PAGE + 1) : SitePaths.model(modelId);
    return page + "#" + anchor(evalId);
  }

  private static int pages(ModelSummary summary) {
    return Math.max(1, (summary.evals().size() + PER_PAGE - 1) / PER_PAGE);
  }

  /** {@code models/ID/evals-1/index.html}: a page of condition tables of a paged version. */
  static String pagePath(String modelId, int page) {
    return "models/" + modelId + "/evals-" + page + "/index.html";
  }

  private static String anchor(String evalId) {
    return "eval-" + evalId;
  }

  /** {@code 1 finding}, {@code 2 findings}, or empty for none. */
  private static String findings(int n) {
    return n == 0 ? "" : n + (n == 1 ? " finding" : " findings");
  }

  private static List<Link> pagerLinks(String from, String modelId, int pages, int current) {
    List<Link> links = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      links.add(
          new Link(
              Integer.toString(page),
              page == current ? "" : SitePaths.relative(from, pagePath(modelId, page))));
    }
    return links;
  }

  private static Overview overview(String path, ModelSummary summary) {
    List<OverviewRow> rows = new ArrayList<>();
    for (int i = 0; i < summary.evals().size(); i++) {
      EvalComparison e = summary.evals().get(i);
      ConditionComparison pooled = e.pooled();
      rows.add(
          new OverviewRow(
              new Link(e.eval().title(), SitePaths.relative(path, SitePaths.eval(e.eval().id()))),
              new Link(
                  "page " + (i / PER_PAGE + 1),
                  SitePaths.relative(path, pagePath(summary.model().id(), i / PER_PAGE + 1))
                      + "#"
                      + anchor(e.eval().id())),
              EstimateView.of(pooled.current()),
              e.baseline().map(ModelVersion::name).orElse(""),
              EstimateView.of(pooled.predecessor()),
              ComparisonView.of(pooled.comparison(), path),
              findings(e.findings().size())));
    }
    return new Overview(rows, pagerLinks(path, summary.model().id(), pages(summary), 0));
  }

  private static EvalView evalView(String path, ModelSummary summary, EvalComparison e) {
    String missing = missingPredecessor(summary, e);
    List<Row> rows = new ArrayList<>();
    rows.add(row(path, e.pooled(), true, missing));
    boolean conditionRows =
        !(e.conditions().size() == 1 && e.conditions().get(0).condition().isEmpty());
    if (conditionRows) {
      e.conditions().forEach(c -> rows.add(row(path, c, false, missing)));
    }
    int m = e.conditionComparisons();
    String correction =
        conditionRows && m > 1
            ? "Condition verdicts are Holm-corrected over the "
                + m
                + " conditions measured on both versions."
            : "";
    if (e.pooledOverShared() > 0) {
      correction +=
          (correction.isEmpty() ? "" : " ")
              + "The versions were measured on different conditions: the"
              + " pooled change compares only the "
              + e.pooledOverShared()
              + " measured on both.";
    }
    String since = FindingText.since(summary.predecessor(), e.baseline());
    if (!since.isEmpty()) {
      // the table's second column is not the predecessor the facts above name: say which version it
      // is
      correction =
          "Compared with "
              + e.baseline().get().name()
              + ", the nearest version before "
              + summary.model().name()
              + " measured on this eval (its predecessor "
              + summary.predecessor().get().name()
              + " was not)."
              + (correction.isEmpty() ? "" : " " + correction);
    }
    boolean rate = e.pooled().current().map(est -> est.isRate()).orElse(false);
    return new EvalView(
        anchor(e.eval().id()),
        new Link(e.eval().title(), SitePaths.relative(path, SitePaths.eval(e.eval().id()))),
        e.eval().metric(),
        Labels.direction(e.eval().direction()),
        rate,
        rows,
        correction,
        e.findings().stream().map(FindingText::describe).toList(),
        e.baseline().or(summary::predecessor).map(ModelVersion::name).orElse("Predecessor"),
        e.eval().title()
            + ": "
            + summary.model().name()
            + ", pooled and by condition, "
            + e.baseline()
                .map(b -> "compared with " + b.name())
                .orElse(
                    summary
                        .predecessor()
                        .map(p -> "not compared: its predecessor " + p.name() + " was not measured")
                        .orElse("not compared: it has no predecessor")));
  }

  /**
   * Why a whole predecessor column is empty: "no predecessor" for the first version of a model
   * line, "predecessor not measured on this eval" when no version up the chain was; empty when
   * there is a version to compare with.
   */
  private static String missingPredecessor(ModelSummary summary, EvalComparison e) {
    if (e.baseline().isPresent()) {
      return "";
    }
    return summary.predecessor().isEmpty() ? "no predecessor" : "predecessor not measured";
  }

  private static Row row(String path, ConditionComparison c, boolean pooled, String missing) {
    String predecessorReason =
        c.predecessor().isPresent()
            ? ""
            : missing.isEmpty() ? "not measured on the predecessor" : missing;
    String currentReason = c.current().isPresent() ? "" : "not measured";
    String changeReason =
        c.comparison().isPresent()
            ? ""
            : !missing.isEmpty()
                ? missing
                : c.current().isPresent() && c.predecessor().isPresent()
                    ? "not compared"
                    : "nothing to compare";
    return new Row(
        pooled ? Labels.condition(dev.evalpress.model.Condition.NONE) : c.condition().label(),
        pooled,
        EstimateView.of(c.current()),
        EstimateView.of(c.predecessor()),
        ComparisonView.of(c.comparison(), path),
        SortKeys.of(c.current()),
        SortKeys.of(c.predecessor()),
        SortKeys.ofChange(c.comparison()),
        currentReason,
        predecessorReason,
        changeReason);
  }
}
