package dev.evalpress.render.page;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.analyse.DashboardEntry;
import dev.evalpress.analyse.DashboardRow;
import dev.evalpress.analyse.EvalSummary;
import dev.evalpress.model.Report;
import dev.evalpress.render.format.FindingText;
import dev.evalpress.model.TrackedEval;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** The home page: reports newest first, the dashboard, and lists of evals, models and runs. */
public final class IndexPage {

  /** A report in the list. */
  public record ReportCard(Link link, String date, String authors, String summary) {}

  /** One family's entry in a dashboard row. */
  public record EntryView(String family, Link model, EstimateView estimate, Link predecessor,
      ComparisonView comparison, List<FlagView> findings) {}

  /** One eval on the dashboard. */
  public record RowView(Link eval, String category, String direction, boolean rate, boolean tracked, String policy,
      List<String> findings, List<EntryView> entries) {}

  /** An item of the eval, model and run lists. */
  public record Item(Link link, String detail) {}

  /** Everything the index template shows. */
  public record View(String description, List<ReportCard> reports, List<RowView> dashboard, List<Item> evals, List<Item> models,
      List<Item> runs) {}

  private static final String PATH = SitePaths.INDEX;

  private IndexPage() {}

  public static RenderedPage render(SiteSettings settings, Analysis analysis, List<Report> reports,
      TemplateRenderer templates) {
    View view = new View(SiteDescription.of(settings.description(),
            analysis.evals().values().stream().map(e -> e.eval().category()).toList(), !analysis.runs().isEmpty()),
        reports.stream().map(IndexPage::card).toList(),
        analysis.dashboard().stream().map(r -> row(r, settings)).toList(),
        analysis.evals().values().stream().map(IndexPage::evalItem).toList(),
        analysis.models().stream().map(m -> new Item(
            new Link(m.model().name(), SitePaths.model(m.model().id())),
            m.model().family() + m.model().released().map(d -> " · released " + d).orElse(""))).toList(),
        analysis.runs().stream().map(r -> new Item(new Link(r.run().title(), SitePaths.run(r.run().id())),
            r.run().method().map(method -> method + " · ").orElse("") + r.run().points().size() + " steps"))
            .toList());
    String html = templates.page("index", Map.of("chrome", Chrome.of(settings, settings.title(), PATH), "page", view));
    return new RenderedPage(PATH, html, List.of());
  }

  private static ReportCard card(Report r) {
    return new ReportCard(new Link(r.frontMatter().title(), SitePaths.report(r.slug())),
        r.frontMatter().date().toString(), String.join(", ", r.frontMatter().authors()),
        r.frontMatter().summary().orElse(""));
  }

  private static RowView row(DashboardRow row, SiteSettings settings) {
    List<EntryView> entries = row.entries().stream().map(IndexPage::entry).toList();
    boolean rate = !row.entries().isEmpty() && row.entries().get(0).estimate().isRate();
    Optional<TrackedEval> tracked = settings.tracked(row.eval().id());
    List<String> findings = row.entries().stream().flatMap(e -> e.findings().stream()).map(FindingText::describe)
        .toList();
    return new RowView(new Link(row.eval().title(), SitePaths.eval(row.eval().id())), row.eval().category().label(),
        Labels.direction(row.eval().direction()), rate, tracked.isPresent(),
        tracked.map(t -> FindingText.policy(t, rate)).orElse(""), findings, entries);
  }

  private static EntryView entry(DashboardEntry e) {
    return new EntryView(e.family(), new Link(e.model().name(), SitePaths.model(e.model().id())),
        EstimateView.of(e.estimate()),
        e.predecessor().map(p -> new Link(p.name(), SitePaths.model(p.id()))).orElse(null),
        ComparisonView.of(e.comparison(), PATH), e.findings().stream().map(FlagView::of).toList());
  }

  private static Item evalItem(EvalSummary e) {
    return new Item(new Link(e.eval().title(), SitePaths.eval(e.eval().id())),
        e.eval().category().label() + " · " + e.byModel().size() + " model versions");
  }
}
