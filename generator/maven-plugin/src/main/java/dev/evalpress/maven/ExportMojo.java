package dev.evalpress.maven;

import dev.evalpress.build.ReleaseExport;
import dev.evalpress.problem.Problem;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes one model version's release summary as single files to attach to release notes, as {@code
 * evalpress export --release MODEL} does: {@code release-MODEL.html}, {@code .md} and {@code .json}
 * in the output folder. The inputs are checked as a build checks them.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ExportMojo extends SiteGoal {

  /** The model version's id, as in {@code results/models.json}. */
  @Parameter(property = "evalpress.release", required = true)
  String release;

  /** The formats to write: {@code html}, {@code md} and {@code json}, any of them. */
  @Parameter(property = "evalpress.formats", defaultValue = "html,md,json")
  List<String> formats;

  /** The folder the files are written to, as {@code release-MODEL.EXT}. */
  @Parameter(
      property = "evalpress.exportDirectory",
      defaultValue = "${project.build.directory}/evalpress-release")
  File exportDirectory;

  /** The published site's address, for links from the Markdown to its pages. */
  @Parameter(property = "evalpress.baseUrl")
  String baseUrl;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("export")) {
      return;
    }
    EnumSet<ReleaseExport.Format> chosen = EnumSet.noneOf(ReleaseExport.Format.class);
    for (String f : formats) {
      try {
        chosen.add(ReleaseExport.Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException("formats: expected html, md or json, got \"" + f + "\"");
      }
    }
    if (chosen.isEmpty()) {
      throw new MojoFailureException("formats: expected html, md or json, got none");
    }
    Path out = exportDirectory.toPath();
    SiteRun run = siteRun();
    run.execute(
        "export",
        marker("export"),
        Map.of(
            "plugin", String.valueOf(pluginVersion),
            "out", out.toAbsolutePath().toString(),
            "release", release,
            "formats", chosen.stream().map(Enum::name).collect(Collectors.joining(",")),
            "baseUrl", String.valueOf(baseUrl)),
        out,
        options -> {
          // a folder, so that even one format is written as release-MODEL.EXT in it
          Files.createDirectories(out);
          List<Path> written;
          try {
            written =
                new ReleaseExport(root.toPath(), options)
                    .export(release, chosen, out, Optional.ofNullable(baseUrl));
          } catch (ReleaseExport.UnknownModelException e) {
            throw new MojoFailureException(
                "release: "
                    + Problem.escape(e.getMessage())
                    + "; the versions are: "
                    + Problem.escape(String.join(", ", e.known().stream().limit(20).toList()))
                    + (e.known().size() > 20 ? ", …" : ""));
          }
          written.forEach(p -> getLog().info("Wrote " + p.normalize()));
        });
  }
}
