package dev.evalpress.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal that reads a site shares. */
abstract class SiteGoal extends AbstractMojo {

  /**
   * The folder holding the site's {@code evalpress.yaml}, {@code content/} and {@code results/}
   * (the CLI's {@code --root}).
   */
  @Parameter(property = "evalpress.root", defaultValue = "${project.basedir}")
  File root;

  /**
   * The folder of the reports (the CLI's {@code --content}); unset, {@code content/} under {@code
   * root}. A relative path is relative to the project's folder.
   */
  @Parameter(property = "evalpress.contentDirectory")
  File contentDirectory;

  /**
   * The folder of the results (the CLI's {@code --results}); unset, {@code results/} under {@code
   * root}. A relative path is relative to the project's folder.
   */
  @Parameter(property = "evalpress.resultsDirectory")
  File resultsDirectory;

  /**
   * Threads that parse sample logs and render pages; 0 for one per processor. The output is the
   * same for any number.
   */
  @Parameter(property = "evalpress.threads", defaultValue = "0")
  int threads;

  /** Skips the goal. */
  @Parameter(property = "evalpress.skip", defaultValue = "false")
  boolean skip;

  /**
   * Skips the goal when its inputs and settings are the same as at its last successful run, as
   * recorded in a marker file under the build folder. {@code false} runs it every time.
   */
  @Parameter(property = "evalpress.incremental", defaultValue = "true")
  boolean incremental;

  /**
   * Whole seconds since 1970-01-01T00:00:00Z that date the pages and every written file, as the
   * reproducible-builds {@code SOURCE_DATE_EPOCH} does for the CLI (which it is read from by
   * default); unset, pages carry no date.
   */
  @Parameter(property = "evalpress.sourceDateEpoch", defaultValue = "${env.SOURCE_DATE_EPOCH}")
  String sourceDateEpoch;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /** The plugin's version: a new one may build a different site from the same inputs. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  SiteRun siteRun() {
    return new SiteRun(
        getLog(),
        SiteRun.folders(root, contentDirectory, resultsDirectory),
        basedir.toPath(),
        threads,
        sourceDateEpoch);
  }

  /** The marker of this goal's last successful run, or null when runs are not incremental. */
  Path marker(String goal) {
    return incremental ? buildDirectory.toPath().resolve("evalpress-" + goal + ".inputs") : null;
  }

  /** True, with a line in the log, when the goal is to be skipped. */
  boolean skipped(String goal) {
    if (skip) {
      getLog().info("evalpress " + goal + ": skipped (skip is set)");
    }
    return skip;
  }
}
