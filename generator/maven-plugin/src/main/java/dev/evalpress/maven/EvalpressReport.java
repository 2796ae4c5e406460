package dev.evalpress.maven;

import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import dev.evalpress.model.SourceFolders;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /** The folder of the reports; unset, {@code content/} under {@code root}. */
  @Parameter(property = "evalpress.contentDirectory")
  File contentDirectory;

  /** The folder of the results; unset, {@code results/} under {@code root}. */
  @Parameter(property = "evalpress.resultsDirectory")
  File resultsDirectory;

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
    SourceFolders folders = SiteRun.folders(root, contentDirectory, resultsDirectory);
    return !skip && (Files.isDirectory(folders.results()) || Files.isDirectory(folders.content()));
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    Path out = getReportOutputDirectory().toPath().resolve(FOLDER);
    Charset encoding = encoding();
    SiteRun run =
        new SiteRun(
            getLog(),
            SiteRun.folders(root, contentDirectory, resultsDirectory),
            basedir.toPath(),
            threads,
            sourceDateEpoch);
    try {
      run.execute(
          "report",
          incremental ? buildDirectory.toPath().resolve("evalpress-report.inputs") : null,
          Map.of(
              "plugin", String.valueOf(pluginVersion),
              "out", out.toAbsolutePath().toString(),
              "encoding", encoding.name()),
          options -> {
            BuildResult result = new SiteBuild(run.folders(), options).build(out);
            run.logBuilt(result, out);
            if (!encoding.equals(StandardCharsets.UTF_8)) {
              int files = new OutputEncoding(encoding).rewrite(out).size();
              getLog().info("Wrote " + files + " text files of the site in " + encoding.name());
            }
            return List.of(out.resolve("index.html"));
          });
    } catch (MojoFailureException | MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
  }

  /**
   * The site's output encoding ({@code project.reporting.outputEncoding}), which the evalpress
   * pages are written in; UTF-8, with a warning, when it is one they cannot be written in.
   */
  private Charset encoding() {
    String name = getOutputEncoding();
    Charset charset;
    try {
      charset = Charset.forName(name);
    } catch (IllegalArgumentException e) {
      getLog()
          .warn(
              "evalpress report: the site's output encoding "
                  + name
                  + " is not one Java knows; the evalpress pages are written in UTF-8");
      return StandardCharsets.UTF_8;
    }
    if (!OutputEncoding.supports(charset)) {
      getLog()
          .warn(
              "evalpress report: the site's output encoding "
                  + name
                  + " does not hold ASCII as one byte a character, which the site's scripts need;"
                  + " the evalpress pages are written in UTF-8");
      return StandardCharsets.UTF_8;
    }
    return charset;
  }
}
