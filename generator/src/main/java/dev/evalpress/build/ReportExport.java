package dev.evalpress.build;

import dev.evalpress.model.Report;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.render.export.PdfExport;
import dev.evalpress.render.export.PrintableDocument;
import dev.evalpress.render.export.Provenance;
import dev.evalpress.render.export.ReportHtml;
import dev.evalpress.render.page.RenderedPage;
import dev.evalpress.render.page.SitePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One report exported as single files to send outside the site: a self-contained HTML file and a
 * PDF, each with the report's figures, tables, footnotes and numbering as on the site. The same
 * load, analysis and checks as a build run first, so an export accepts exactly what a build does.
 */
public final class ReportExport {

  /** The formats a report exports to; Markdown and JSON summarise a release, not prose. */
  public static final Set<ExportFormat> FORMATS = EnumSet.of(ExportFormat.HTML, ExportFormat.PDF);

  private final SourceFolders folders;
  private final BuildOptions options;

  public ReportExport(Path root, BuildOptions options) {
    this(SourceFolders.of(root), options);
  }

  public ReportExport(SourceFolders folders, BuildOptions options) {
    this.folders = Objects.requireNonNull(folders, "folders");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Writes report {@code slug} in each format: to {@code out} itself when it is one format and
   * {@code out} is not an existing folder, else to {@code out/SLUG.EXT}.
   *
   * @param baseUrl the published site's address: links to its other pages point there; without it
   *     they become plain text
   * @throws UnknownNameException if no report has that slug
   * @throws IllegalArgumentException for a format outside {@link #FORMATS}
   */
  public List<Path> export(
      String slug, Set<ExportFormat> formats, Path out, Optional<String> baseUrl)
      throws IOException {
    for (ExportFormat format : formats) {
      if (!FORMATS.contains(format)) {
        throw new IllegalArgumentException(
            "a report exports as html or pdf, not " + format.extension());
      }
    }
    SiteBuild.Checked site = new SiteBuild(folders, options).checked();
    List<String> slugs = site.site().reports().stream().map(Report::slug).toList();
    RenderedPage page =
        site.page(SitePaths.report(slug))
            .filter(p -> slugs.contains(slug))
            .orElseThrow(
                () ->
                    new UnknownNameException(
                        "no report \"" + slug + "\" in " + folders.shownContent() + "/",
                        "reports",
                        slugs));
    Provenance provenance = InputProvenance.of(folders, options.sourceDate());
    String html = ReportHtml.render(page, baseUrl, provenance);
    return ExportFiles.write(
        formats,
        out,
        slug,
        format ->
            format == ExportFormat.HTML
                ? html.getBytes(StandardCharsets.UTF_8)
                : PdfExport.render(
                    PrintableDocument.of(html), title(site, slug), options.sourceDate()),
        options.progress());
  }

  private static String title(SiteBuild.Checked site, String slug) {
    return site.site().reports().stream()
        .filter(r -> r.slug().equals(slug))
        .findFirst()
        .map(r -> r.frontMatter().title())
        .orElse(slug);
  }
}
