package dev.evalpress.render;

import dev.evalpress.config.SiteSettings;
import dev.evalpress.analyse.Analysis;
import dev.evalpress.model.ReportSource;
import dev.evalpress.model.Site;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.directive.ReportDirectives;
import dev.evalpress.render.figure.FigureRenderer;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the render stage: every page of the site, in a fixed order. Pages render in parallel;
 * the result does not depend on the number of threads. Thread-safe.
 */
public final class SiteRenderer {

  private final TemplateRenderer templates = new TemplateRenderer();
  private final Fragments fragments = new Fragments(templates);
  private final MarkdownRenderer markdown = MarkdownRenderer.create();
  private final FigureRenderer figures = new FigureRenderer();

  /** Renders every page; problems in reports (bad directives) go to {@code problems}. */
  public List<RenderedPage> render(Site site, Analysis analysis, Problems problems) {
    SiteSettings settings = site.settings();
    List<RenderedPage> pages = new ArrayList<>();
    pages.add(IndexPage.render(settings, analysis, site.reports(), templates));
    pages.add(MethodsPage.render(settings, templates));
    pages.addAll(site.reports().parallelStream().map(r -> report(settings, r, analysis, problems)).toList());
    pages.addAll(analysis.evals().values().parallelStream()
        .map(e -> EvalPage.render(settings, e, analysis, figures, templates)).toList());
    pages.addAll(analysis.models().parallelStream().map(m -> ModelPage.render(settings, m, templates)).toList());
    pages.addAll(analysis.runs().parallelStream().map(r -> RunPage.render(settings, r, figures, templates)).toList());
    pages.addAll(SamplePages.render(settings, analysis, templates));
    return pages;
  }

  private RenderedPage report(SiteSettings settings, ReportSource report, Analysis analysis, Problems problems) {
    ReportDirectives directives =
        new ReportDirectives(report.source().path(), ReportPage.path(report), analysis, problems, fragments);
    RenderedMarkdown body = markdown.render(report.body(), report.bodyLine(), directives);
    return ReportPage.render(settings, report, body, directives.figures(), templates);
  }
}
