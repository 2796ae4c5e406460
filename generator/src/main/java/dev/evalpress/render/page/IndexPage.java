package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.DashboardEntry;
import dev.evalpress.analyse.DashboardRow;
import dev.evalpress.model.Report;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.model.TrackedEval;
import dev.evalpress.render.format.FindingText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The home page: reports newest first, the dashboard, the latest version of each line of each
 * family, and links to the evals, models and runs indexes. Its size does not grow with evals ×
 * versions: the dashboard holds the tracked evals (or every eval while there are at most {@value
 * #UNTRACKED_DASHBOARD_LIMIT} and none is tracked), and the latest versions are one row per line of
 * a family.
 */
public final class IndexPage {

  /** A report in the list. */
  public record ReportCard(Link link, String date, String authors, String summary) {}

  /** One family's entry in a dashboard row. */
  public record EntryView(
      String family,
      Link model,
      EstimateView estimate,
      Link predecessor,
      ComparisonView comparison,
      List<FlagView> findings) {}

  /** One eval on the dashboard. */
  public record RowView(
      Link eval,
      String category,
      String direction,
      boolean rate,
      boolean tracked,
      String policy,
      List<String> findings,
      List<EntryView> entries) {}

  /** A link to an index page with what it holds. */
  public record Item(Link link, String detail) {}

  /**
   * Everything the index template shows; {@code dashboardNote} says why the dashboard is empty, or
   * is empty.
   */
  public record View(
      String description,
      List<ReportCard> reports,
      List<RowView> dashboard,
      String dashboardNote,
      List<ModelIndexPage.VersionRow> latest,
      List<Item> browse) {}

  /**
   * Without tracked evals the dashboard would show every eval, one table each: beyond this many,
   * the home page points to the evals index, which shows the same latest figures for every eval,
   * one row each.
   */
  public static final int UNTRACKED_DASHBOARD_LIMIT = 12;

  private static final String PATH = SitePaths.INDEX;

  private IndexPage() {}

  public static RenderedPage render(
      SiteSettings settings, Analysis analysis, List<Report> reports, TemplateRenderer templates) {
    boolean showDashboard =
        !settings.tracked().isEmpty() || analysis.dashboard().size() <= UNTRACKED_DASHBOARD_LIMIT;
    String note =
        analysis.dashboard().isEmpty()
            ? "No eval results yet."
            : showDashboard
                ? ""
                : "No evals are tracked, and there are "
                    + analysis.evals().size()
                    + ": the evals index shows the latest"
                    + " rates of every one. Evals listed under tracked: in evalpress.yaml are shown here.";
    long families = analysis.models().stream().map(m -> m.model().family()).distinct().count();
    long categories =
        analysis.evals().values().stream().map(e -> e.eval().category()).distinct().count();
    View view =
        new View(
            SiteDescription.of(
                settings.description(),
                analysis.evals().values().stream().map(e -> e.eval().category()).toList(),
                !analysis.runs().isEmpty()),
            reports.stream().map(IndexPage::card).toList(),
            showDashboard
                ? analysis.dashboard().stream().map(r -> row(r, settings)).toList()
                : List.of(),
            note,
            LatestVersions.of(analysis).stream().map(m -> ModelIndexPage.row(PATH, m)).toList(),
            List.of(
                new Item(
                    new Link("Evals", SitePaths.EVALS_INDEX),
                    count(analysis.evals().size(), "eval")
                        + " in "
                        + count(categories, "category", "categories")
                        + ", with each family's latest rates"),
                new Item(
                    new Link("Models", SitePaths.MODELS_INDEX),
                    count(analysis.models().size(), "model version")
                        + " in "
                        + count(families, "family", "families")),
                new Item(
                    new Link("Training runs", SitePaths.RUNS_INDEX),
                    count(analysis.runs().size(), "run"))));
    String html =
        templates.page(
            "index", Map.of("chrome", Chrome.of(settings, settings.title(), PATH), "page", view));
    return new RenderedPage(PATH, html, List.of());
  }

  private static ReportCard card(Report r) {
    return new ReportCard(
        new Link(r.frontMatter().title(), SitePaths.report(r.slug())),
        r.frontMatter().date().toString(),
        String.join(", ", r.frontMatter().authors()),
        r.frontMatter().summary().orElse(""));
  }

  private static RowView row(DashboardRow row, SiteSettings settings) {
    List<EntryView> entries = row.entries().stream().map(IndexPage::entry).toList();
    boolean rate = !row.entries().isEmpty() && row.entries().get(0).estimate().isRate();
    Optional<TrackedEval> tracked = settings.tracked(row.eval().id());
    List<String> findings =
        row.entries().stream()
            .flatMap(e -> e.findings().stream())
            .map(FindingText::describe)
            .toList();
    return new RowView(
        new Link(row.eval().title(), SitePaths.eval(row.eval().id())),
        row.eval().category().label(),
        Labels.direction(row.eval().direction()),
        rate,
        tracked.isPresent(),
        tracked.map(t -> FindingText.policy(t, rate)).orElse(""),
        findings,
        entries);
  }

  private static EntryView entry(DashboardEntry e) {
    return new EntryView(
        e.family(),
        new Link(e.model().name(), SitePaths.model(e.model().id())),
        EstimateView.of(e.estimate()),
        e.predecessor().map(p -> new Link(p.name(), SitePaths.model(p.id()))).orElse(null),
        ComparisonView.of(e.comparison(), PATH),
        e.findings().stream().map(FlagView::of).toList());
  }

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
