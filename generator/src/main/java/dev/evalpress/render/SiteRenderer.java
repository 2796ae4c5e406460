package dev.evalpress.render;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.report.ResolvedReport;
import dev.evalpress.analyse.report.ResolvedReports;
import dev.evalpress.model.Report;
import dev.evalpress.model.Site;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.problem.CurrentInput;
import dev.evalpress.render.directive.ReportDirectives;
import dev.evalpress.render.figure.FigureRenderer;
import dev.evalpress.render.markdown.MarkdownRenderer;
import dev.evalpress.render.markdown.RenderedMarkdown;
import dev.evalpress.render.page.ComparePage;
import dev.evalpress.render.page.EvalPage;
import dev.evalpress.render.page.Fragments;
import dev.evalpress.render.page.IndexPage;
import dev.evalpress.render.page.IndexPages;
import dev.evalpress.render.page.MethodsPage;
import dev.evalpress.render.page.ModelPage;
import dev.evalpress.render.page.RenderedPage;
import dev.evalpress.render.page.ReportPage;
import dev.evalpress.render.page.RunPage;
import dev.evalpress.render.page.SamplePages;
import dev.evalpress.render.page.TemplateRenderer;
import dev.evalpress.render.search.SearchIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Entry point of the render stage: every page of the site, in a fixed order. Pages render on a
 * given number of threads; the result does not depend on it. Each page rendered is counted to a
 * listener, from the thread that rendered it, for a progress bar. Thread-safe.
 */
public final class SiteRenderer {

  private final int threads;
  private final LongConsumer pagesRendered;
  private final TemplateRenderer templates;
  private final Fragments fragments;
  private final MarkdownRenderer markdown = MarkdownRenderer.create();
  private final FigureRenderer figures = new FigureRenderer();

  /**
   * @param threads how many pages render at once (at least 1)
   * @param builtAt the build's source date, shown in every page's footer; empty for none
   */
  public SiteRenderer(int threads, Optional<Instant> builtAt) {
    this(threads, builtAt, n -> {});
  }

  /**
   * A renderer that tells {@code pagesRendered} of every page it renders, from any of its threads.
   */
  public SiteRenderer(int threads, Optional<Instant> builtAt, LongConsumer pagesRendered) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
    }
    this.threads = threads;
    this.pagesRendered = pagesRendered;
    this.templates = new TemplateRenderer(builtAt);
    this.fragments = new Fragments(templates);
  }

  /**
   * Renders every page. Reports' directives were read in load and resolved in analyse ({@code
   * resolved}), with their problems reported there: rendering checks nothing.
   */
  public List<RenderedPage> render(Site site, Analysis analysis, ResolvedReports resolved) {
    List<RenderedPage> pages = new ArrayList<>();
    render(site, analysis, resolved, pages::add);
    return pages;
  }

  /**
   * Renders every page, handing each to {@code sink} in the order of {@link #render(Site, Analysis,
   * ResolvedReports)} as soon as it and the pages before it are done: a caller that does not keep
   * them (a check, a writer) holds a bounded number of pages at once, not the site. Only the
   * reports' pages are kept until the end, for the search index.
   */
  public void render(
      Site site, Analysis analysis, ResolvedReports resolved, Consumer<RenderedPage> sink) {
    Consumer<RenderedPage> counted =
        page -> {
          pagesRendered.accept(1);
          sink.accept(page);
        };
    listingPages(site, analysis).forEach(counted);
    counted.accept(MethodsPage.render(site.settings(), templates));
    // counted as each renders: they are a prose site's whole work
    List<RenderedPage> reports =
        reportPages(site, site.reports(), analysis, resolved, pagesRendered);
    reports.forEach(sink);
    resultPagesAfterMethods(site.settings(), analysis, counted);
    // the index reads only the reports' pages of all those rendered
    counted.accept(searchIndex(site, analysis, reports));
  }

  /**
   * The search index, which reads the reports' text from their rendered {@code pages}: last, after
   * them all.
   */
  public RenderedPage searchIndex(Site site, Analysis analysis, List<RenderedPage> pages) {
    return SearchIndex.render(site, analysis, pages);
  }

  /**
   * The pages that list the reports (the home page): they change when a report is added, removed or
   * retitled.
   */
  public List<RenderedPage> listingPages(Site site, Analysis analysis) {
    return List.of(IndexPage.render(site.settings(), analysis, site.reports(), templates));
  }

  /** The pages of {@code reports}, each depending on its report and the analysis only. */
  public List<RenderedPage> reportPages(
      Site site, List<Report> reports, Analysis analysis, ResolvedReports resolved) {
    return reportPages(site, reports, analysis, resolved, n -> {});
  }

  private List<RenderedPage> reportPages(
      Site site,
      List<Report> reports,
      Analysis analysis,
      ResolvedReports resolved,
      LongConsumer rendered) {
    try (ParallelMap parallel = new ParallelMap(threads)) {
      return parallel.map(
          reports,
          r -> {
            RenderedPage page =
                report(site.settings(), r, analysis, resolved.of(r.source().path()));
            rendered.accept(1);
            return page;
          });
    }
  }

  /**
   * The pages that depend on the settings and the analysis only, not on any report; Methods first.
   */
  public List<RenderedPage> resultPages(SiteSettings settings, Analysis analysis) {
    List<RenderedPage> pages = new ArrayList<>();
    pages.add(MethodsPage.render(settings, templates));
    resultPagesAfterMethods(settings, analysis, pages::add);
    return pages;
  }

  /** {@link #resultPages} but Methods, handed to {@code sink} in order as they are rendered. */
  private void resultPagesAfterMethods(
      SiteSettings settings, Analysis analysis, Consumer<RenderedPage> sink) {
    IndexPages.render(settings, analysis, templates).forEach(sink);
    try (ParallelMap parallel = new ParallelMap(threads)) {
      parallel.forEach(
          List.copyOf(analysis.evals().values()),
          e -> EvalPage.render(settings, e, analysis, figures, templates),
          sink);
      parallel.forEach(analysis.models(), m -> ModelPage.render(settings, m, templates), sink);
      parallel.forEach(
          analysis.models(),
          m -> ModelPage.detailPages(settings, m, templates),
          detail -> detail.forEach(sink));
      parallel.forEach(
          analysis.runs(), r -> RunPage.render(settings, r, analysis, figures, templates), sink);
    }
    SamplePages.render(settings, analysis, templates).forEach(sink);
    ComparePage.render(settings, analysis, templates).forEach(sink);
  }

  private RenderedPage report(
      SiteSettings settings, Report report, Analysis analysis, ResolvedReport resolved) {
    CurrentInput.set(report.source().path());
    ReportDirectives directives =
        new ReportDirectives(
            report.source().path(), ReportPage.path(report), resolved, analysis, fragments);
    RenderedMarkdown body = markdown.render(report.body(), report.bodyLine(), directives);
    return ReportPage.render(settings, report, body, directives.figures(), templates);
  }
}
