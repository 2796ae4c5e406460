package dev.evalpress.maven;

import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The evalpress site as a report of {@code mvn site}: listed under {@code <reporting>}, it builds
 * the site into {@code evalpress/} of the project's site and adds an entry to "Project Reports"
 * that links to it. The site keeps its own look, so it is an external report: Maven's skin does not
 * wrap it.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class EvalpressReport extends AbstractMavenReport {

  /** The folder of the project's site that holds the evalpress site. */
  static final String FOLDER = "evalpress";

  /**
   * The folder holding the site's {@code evalpress.yaml}, {@code content/} and {@code results/}.
   */
  @Parameter(property = "evalpress.root", defaultValue = "${project.basedir}")
  File root;

  /** Threads that parse sample logs and render pages; 0 for one per processor. */
  @Parameter(property = "evalpress.threads", defaultValue = "0")
  int threads;

  /** Leaves the report out of the site. */
  @Parameter(property = "evalpress.skip", defaultValue = "false")
  boolean skip;

  /**
   * Skips the build when the inputs and settings are the same as at the last successful one and its
   * site is still there.
   */
  @Parameter(property = "evalpress.incremental", defaultValue = "true")
  boolean incremental;

  /**
   * Whole seconds since 1970-01-01T00:00:00Z that date the pages, as {@code SOURCE_DATE_EPOCH}
   * (read from it by default); unset, pages carry no date.
   */
  @Parameter(property = "evalpress.sourceDateEpoch", defaultValue = "${env.SOURCE_DATE_EPOCH}")
  String sourceDateEpoch;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  @Override
  public String getOutputName() {
    return FOLDER + "/index";
  }

  @Override
  public String getName(Locale locale) {
    return "evalpress";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Evaluation results, their statistics and reports, published by evalpress.";
  }

  @Override
  public boolean isExternalReport() {
    return true;
  }

  /** Only a project that has a site to build lists the report (a module inheriting it may not). */
  @Override
  public boolean canGenerateReport() {
    Path base = root.toPath();
    return !skip
        && (Files.isDirectory(base.resolve("results"))
            || Files.isDirectory(base.resolve("content")));
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    Path out = getReportOutputDirectory().toPath().resolve(FOLDER);
    encodingNote();
    SiteRun run = new SiteRun(getLog(), root.toPath(), basedir.toPath(), threads, sourceDateEpoch);
    try {
      run.execute(
          "report",
          incremental ? buildDirectory.toPath().resolve("evalpress-report.inputs") : null,
          Map.of("plugin", String.valueOf(pluginVersion), "out", out.toAbsolutePath().toString()),
          out.resolve("index.html"),
          options -> {
            BuildResult result = new SiteBuild(root.toPath(), options).build(out);
            run.logBuilt(result, out);
          });
    } catch (MojoFailureException | MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
  }

  /**
   * evalpress writes UTF-8 and says so in every page, whatever the project's site uses: a page
   * re-encoded in another charset could not hold every name in the results.
   */
  private void encodingNote() {
    String encoding = getOutputEncoding();
    boolean utf8;
    try {
      utf8 = Charset.forName(encoding).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      utf8 = false;
    }
    if (!utf8) {
      getLog()
          .warn(
              "evalpress report: the site's output encoding is "
                  + encoding
                  + "; the evalpress pages are UTF-8 and declare it in each page");
    }
  }
}
