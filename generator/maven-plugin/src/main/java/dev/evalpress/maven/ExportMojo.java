package dev.evalpress.maven;

import dev.evalpress.build.ExportFormat;
import dev.evalpress.build.ReleaseExport;
import dev.evalpress.build.ReportExport;
import dev.evalpress.build.UnknownNameException;
import dev.evalpress.problem.Problem;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes single files to send outside the site, as {@code evalpress export} does: one model
 * version's release summary ({@code release}: {@code release-MODEL.html}, {@code .pdf}, {@code
 * .md}, {@code .json}) or one report ({@code report}: {@code SLUG.html}, {@code .pdf}), in the
 * export folder. The inputs are checked as a build checks them.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ExportMojo extends SiteGoal {

  /** A model version's id, as in {@code results/models.json}: export its release summary. */
  @Parameter(property = "evalpress.release")
  String release;

  /** A report's slug (its path under {@code content/} without {@code .md}): export that report. */
  @Parameter(property = "evalpress.report")
  String report;

  /**
   * The formats to write: {@code html}, {@code pdf}, {@code md}, {@code json} for a release ({@code
   * html}, {@code md} and {@code json} when unset); {@code html}, {@code pdf} for a report (both
   * when unset).
   */
  @Parameter(property = "evalpress.formats")
  List<String> formats;

  /** The folder the files are written to. */
  @Parameter(
      property = "evalpress.exportDirectory",
      defaultValue = "${project.build.directory}/evalpress-export")
  File exportDirectory;

  /** The published site's address, for links from the exported files to its pages. */
  @Parameter(property = "evalpress.baseUrl")
  String baseUrl;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("export")) {
      return;
    }
    if ((release == null) == (report == null)) {
      throw new MojoFailureException(
          "export: set one of release (a model version's id) or report (a report's slug)");
    }
    Set<ExportFormat> chosen = formats();
    Path out = exportDirectory.toPath();
    String what = release != null ? "release-" + release : "report-" + report;
    SiteRun run = siteRun();
    run.execute(
        "export",
        // one marker per thing exported, so that executions exporting different things keep theirs
        marker("export-" + what.replaceAll("[^A-Za-z0-9._-]", "-")),
        Map.of(
            "plugin", String.valueOf(pluginVersion),
            "out", out.toAbsolutePath().toString(),
            "what", what,
            "formats", chosen.stream().map(Enum::name).collect(Collectors.joining(",")),
            "baseUrl", String.valueOf(baseUrl)),
        options -> {
          // a folder, so that even one format is written as NAME.EXT in it
          Files.createDirectories(out);
          Optional<String> base = Optional.ofNullable(baseUrl);
          List<Path> written;
          try {
            written =
                release != null
                    ? new ReleaseExport(run.folders(), options).export(release, chosen, out, base)
                    : new ReportExport(run.folders(), options).export(report, chosen, out, base);
          } catch (UnknownNameException e) {
            throw unknown(
                release != null ? "release" : "report", e.getMessage(), e.plural(), e.known());
          }
          written.forEach(p -> getLog().info("Wrote " + p.normalize()));
          // each file must still be there as written for the next unchanged run to be skipped
          return written;
        });
  }

  private Set<ExportFormat> formats() throws MojoFailureException {
    if (formats == null || formats.isEmpty()) {
      return release != null
          ? EnumSet.of(ExportFormat.HTML, ExportFormat.MD, ExportFormat.JSON)
          : ReportExport.FORMATS;
    }
    EnumSet<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
    for (String f : formats) {
      try {
        chosen.add(ExportFormat.valueOf(f.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException(
            "formats: expected html, pdf, md or json, got \"" + Problem.escape(f) + "\"");
      }
    }
    if (report != null && !ReportExport.FORMATS.containsAll(chosen)) {
      throw new MojoFailureException(
          "formats: a report exports as html or pdf; md and json summarise a release");
    }
    return chosen;
  }

  private static MojoFailureException unknown(
      String parameter, String message, String what, List<String> known) {
    return new MojoFailureException(
        parameter
            + ": "
            + Problem.escape(message)
            + "; the "
            + what
            + " are: "
            + Problem.escape(String.join(", ", known.stream().limit(20).toList()))
            + (known.size() > 20 ? ", …" : ""));
  }
}
