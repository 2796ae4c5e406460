package dev.evalpress.maven;

import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.Problem;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates everything a build would, writing nothing, as {@code evalpress check} does; with {@code
 * failOnRegression}, a release gate that fails the Maven build when the latest version of a model
 * family regresses on, or breaches the threshold of, a tracked eval.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends SiteGoal {

  /**
   * Fails the build when a tracked eval (see {@code evalpress.yaml}) regresses or breaches its
   * threshold, logging each finding; without it the findings are only logged.
   */
  @Parameter(property = "evalpress.failOnRegression", defaultValue = "false")
  boolean failOnRegression;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped("check")) {
      return;
    }
    SiteRun run = siteRun();
    run.execute(
        "check",
        marker("check"),
        Map.of("plugin", String.valueOf(pluginVersion), "failOnRegression", "" + failOnRegression),
        options -> {
          BuildResult result = new SiteBuild(run.folders(), options).check();
          for (String finding : result.gateFindingLines()) {
            if (failOnRegression) {
              getLog().error(Problem.escape(finding));
            } else {
              getLog().warn(Problem.escape(finding));
            }
          }
          if (failOnRegression && !result.gateFindings().isEmpty()) {
            throw new MojoFailureException(result.gateFailedLine());
          }
          getLog().info(result.checkedLine(failOnRegression));
          run.logNotes(result);
          return List.of();
        });
  }
}
