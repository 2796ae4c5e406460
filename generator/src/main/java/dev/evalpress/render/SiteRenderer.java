package dev.evalpress.render;

import dev.evalpress.model.SiteSettings;
import dev.evalpress.analyse.Analysis;
import dev.evalpress.model.ReportBody;
import dev.evalpress.model.ReportSource;
import dev.evalpress.model.Site;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.directive.DirectiveSyntax;
import dev.evalpress.render.directive.ReportDirectives;
import dev.evalpress.render.figure.FigureRenderer;
import dev.evalpress.problem.CurrentInput;
import dev.evalpress.render.markdown.MarkdownRenderer;
import dev.evalpress.render.markdown.RenderedMarkdown;
import dev.evalpress.render.page.EvalPage;
import dev.evalpress.render.page.Fragments;
import dev.evalpress.render.page.IndexPage;
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

/**
 * Entry point of the render stage: every page of the site, in a fixed order. Pages render on a given number
 * of threads; the result does not depend on it. Thread-safe.
 */
public final class SiteRenderer {

  private final int threads;
  private final TemplateRenderer templates;
  private final Fragments fragments;
  private final MarkdownRenderer markdown = MarkdownRenderer.create();
  private final FigureRenderer figures = new FigureRenderer();

  /**
   * @param threads how many pages render at once (at least 1)
   * @param builtAt the build's source date, shown in every page's footer; empty for none
   */
  public SiteRenderer(int threads, Optional<Instant> builtAt) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
    }
    this.threads = threads;
    this.templates = new TemplateRenderer(builtAt);
    this.fragments = new Fragments(templates);
  }

  /**
   * Checks the reports' directive blocks as far as that needs no results (see {@link DirectiveSyntax}), for a
   * build whose results have problems and so cannot render; also the bodies of reports with bad front matter.
   *
   * @return how many directives and references were seen whose targets were not checked
   */
  public int checkDirectiveSyntax(Site site, Problems problems) {
    int unchecked = 0;
    for (ReportSource report : site.reports()) {
      CurrentInput.set(report.source().path());
      unchecked += checkSyntax(report.source().path(), report.body(), report.bodyLine(), problems);
    }
    for (ReportBody body : site.reportsWithBadFrontMatter()) {
      unchecked += checkSyntax(body.path(), body.body(), body.bodyLine(), problems);
    }
    return unchecked;
  }

  private int checkSyntax(String path, String body, int bodyLine, Problems problems) {
    DirectiveSyntax syntax = new DirectiveSyntax(path, problems);
    markdown.render(body, bodyLine, syntax);
    return syntax.uncheckedTargets();
  }

  /** Renders every page; problems in reports (bad directives) go to {@code problems}. */
  public List<RenderedPage> render(Site site, Analysis analysis, Problems problems) {
    SiteSettings settings = site.settings();
    List<RenderedPage> pages = new ArrayList<>();
    pages.add(IndexPage.render(settings, analysis, site.reports(), templates));
    pages.add(MethodsPage.render(settings, templates));
    try (ParallelMap parallel = new ParallelMap(threads)) {
      pages.addAll(parallel.map(site.reports(), r -> report(settings, r, analysis, problems)));
      pages.addAll(parallel.map(analysis.evals().values(),
          e -> EvalPage.render(settings, e, analysis, figures, templates)));
      pages.addAll(parallel.map(analysis.models(), m -> ModelPage.render(settings, m, templates)));
      pages.addAll(parallel.map(analysis.runs(), r -> RunPage.render(settings, r, figures, templates)));
    }
    pages.addAll(SamplePages.render(settings, analysis, templates));
    pages.add(SearchIndex.render(site, analysis, pages));
    // not built, but what their directives and references name is checked like any report's
    for (ReportBody body : site.reportsWithBadFrontMatter()) {
      markdown.render(body.body(), body.bodyLine(), new ReportDirectives(body.path(), "reports/unbuilt/index.html",
          analysis, problems, fragments));
    }
    return pages;
  }

  private RenderedPage report(SiteSettings settings, ReportSource report, Analysis analysis, Problems problems) {
    CurrentInput.set(report.source().path());
    ReportDirectives directives =
        new ReportDirectives(report.source().path(), ReportPage.path(report), analysis, problems, fragments);
    RenderedMarkdown body = markdown.render(report.body(), report.bodyLine(), directives);
    return ReportPage.render(settings, report, body, directives.figures(), templates);
  }
}
