package dev.evalpress.maven;

import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site into the output folder, as {@code evalpress build} does; input problems fail the
 * build with one {@code path:line:column: message} line each.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class BuildMojo extends SiteGoal {

  /** The folder the site is written to: missing, empty, or written by evalpress. */
  @Parameter(
      property = "evalpress.outputDirectory",
      defaultValue = "${project.build.directory}/evalpress")
  File outputDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("build")) {
      return;
    }
    SiteRun run = siteRun();
    Path out = outputDirectory.toPath();
    run.execute(
        "build",
        marker("build"),
        Map.of("plugin", String.valueOf(pluginVersion), "out", out.toAbsolutePath().toString()),
        options -> {
          BuildResult result = new SiteBuild(run.folders(), options).build(out);
          run.logBuilt(result, out);
          // the home page stands for the site: a site deleted or rebuilt by hand is built again
          return List.of(out.resolve("index.html"));
        });
  }
}
