package dev.evalpress.build;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.analyse.ReleaseSummary;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.model.StatisticsSettings;
import dev.evalpress.render.export.PdfExport;
import dev.evalpress.render.export.PrintableDocument;
import dev.evalpress.render.export.Provenance;
import dev.evalpress.render.export.ReleaseHtml;
import dev.evalpress.render.export.ReleaseJson;
import dev.evalpress.render.export.ReleaseMarkdown;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.page.SitePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The release export as a library call: the same load, analysis and checks as a build, then one
 * model version's release summary written as single files (HTML, PDF, Markdown, JSON). Files are
 * byte-identical for the same inputs and source date.
 */
public final class ReleaseExport {

  private final SourceFolders folders;
  private final BuildOptions options;

  public ReleaseExport(Path root, BuildOptions options) {
    this(SourceFolders.of(root), options);
  }

  public ReleaseExport(SourceFolders folders, BuildOptions options) {
    this.folders = Objects.requireNonNull(folders, "folders");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Writes the release summary of {@code modelId} in each format: to {@code out} itself when it is
   * one format and {@code out} is not an existing folder, else to {@code out/release-ID.EXT}.
   *
   * @param baseUrl the published site's address, for the Markdown's links
   * @return the files written, in the order of {@code formats}
   * @throws UnknownNameException if the results have no such model version
   */
  public List<Path> export(
      String modelId, Set<ExportFormat> formats, Path out, Optional<String> baseUrl)
      throws IOException {
    SiteBuild.Checked site = new SiteBuild(folders, options).checked();
    Analysis analysis = site.analysis();
    ReleaseSummary release =
        ReleaseSummary.of(analysis, modelId)
            .orElseThrow(
                () ->
                    new UnknownNameException(
                        "no model version \"" + modelId + "\" in the results",
                        "versions",
                        analysis.results().models().stream().map(ModelVersion::id).toList()));
    Provenance provenance = InputProvenance.of(folders, options.sourceDate());
    StatisticsSettings statistics = analysis.settings().statistics();
    String html = ReleaseHtml.render(release, statistics, provenance, trends(site, release));
    return ExportFiles.write(
        formats,
        out,
        "release-" + modelId,
        format ->
            switch (format) {
              case HTML -> utf8(html);
              case PDF ->
                  PdfExport.render(
                      PrintableDocument.of(html),
                      "Release summary: " + release.summary().model().name(),
                      options.sourceDate());
              case MD -> utf8(ReleaseMarkdown.render(release, statistics, provenance, baseUrl));
              case JSON -> utf8(ReleaseJson.render(release, statistics, provenance));
            },
        options.progress());
  }

  /** The trend chart of each tracked eval measured on the version, as its eval page draws it. */
  private static List<Figure> trends(SiteBuild.Checked site, ReleaseSummary release) {
    List<Figure> trends = new ArrayList<>();
    for (EvalComparison e : release.tracked()) {
      site.page(SitePaths.eval(e.eval().id())).stream()
          .flatMap(p -> p.figures().stream())
          .filter(f -> f.id().equals("trend"))
          .findFirst()
          .ifPresent(trends::add);
    }
    return trends;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
