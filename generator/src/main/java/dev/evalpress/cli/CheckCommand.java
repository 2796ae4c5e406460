package dev.evalpress.cli;

import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evalpress check}: validates everything a build would, writing nothing; with {@code
 * --fail-on-regression}, a release gate over the tracked evals.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Validate results and reports without writing.")
final class CheckCommand implements Callable<Integer> {

  @Mixin SiteOptions options;

  @Spec CommandSpec spec;

  @ParentCommand EvalpressCommand parent;

  @Option(
      names = "--fail-on-regression",
      description =
          "Exit 1 when the latest version of any model family regresses on, or breaches the threshold of,"
              + " a tracked eval (see evalpress.yaml), printing each.")
  boolean failOnRegression;

  @Override
  public Integer call() {
    BuildResult result;
    try (ProgressDisplay progress = parent.progress()) {
      result =
          new SiteBuild(
                  options.folders(spec.commandLine()),
                  options.buildOptions(spec.commandLine()).withProgress(progress))
              .check();
    }
    for (String finding : result.gateFindingLines()) {
      (failOnRegression ? spec.commandLine().getErr() : spec.commandLine().getOut())
          .println(finding);
    }
    if (failOnRegression && !result.gateFindings().isEmpty()) {
      spec.commandLine().getErr().println(result.gateFailedLine());
      return ErrorReporter.BAD_INPUT;
    }
    spec.commandLine().getOut().println(result.checkedLine(failOnRegression));
    NotesOutput.print(result, spec.commandLine().getOut());
    return 0;
  }
}
