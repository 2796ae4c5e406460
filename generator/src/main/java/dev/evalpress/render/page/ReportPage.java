package dev.evalpress.render.page;

import dev.evalpress.model.FrontMatter;
import dev.evalpress.model.Report;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.markdown.Heading;
import dev.evalpress.render.markdown.RenderedMarkdown;
import java.util.List;
import java.util.Map;

/** A report: front matter, table of contents and the rendered body. */
public final class ReportPage {

  /** Everything the report template shows; {@code body} is HTML rendered by evalpress. */
  public record View(
      String title,
      String summary,
      String date,
      String authors,
      List<String> tags,
      List<Heading> toc,
      String body) {}

  private ReportPage() {}

  public static String path(Report report) {
    return SitePaths.report(report.slug());
  }

  public static RenderedPage render(
      SiteSettings settings,
      Report report,
      RenderedMarkdown body,
      List<Figure> figures,
      TemplateRenderer templates) {
    FrontMatter fm = report.frontMatter();
    List<Heading> toc =
        body.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
    View view =
        new View(
            fm.title(),
            fm.summary().orElse(""),
            fm.date().toString(),
            String.join(", ", fm.authors()),
            fm.tags(),
            toc,
            body.html());
    String path = path(report);
    String html =
        templates.page(
            "report", Map.of("chrome", Chrome.of(settings, fm.title(), path), "page", view));
    return new RenderedPage(path, html, figures, BodyText.of(body.html()));
  }
}
