package dev.evalpress.cli;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code evalpress build}: writes the site, dated by {@code SOURCE_DATE_EPOCH} if it is set. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Build the site into the output folder.")
final class BuildCommand implements Callable<Integer> {

  @Mixin SiteOptions options;

  @Spec CommandSpec spec;

  @ParentCommand EvalpressCommand parent;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ROOT/site).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path target = out != null ? out : options.root.resolve("site");
    BuildOptions build = options.buildOptions(spec.commandLine());
    try {
      build =
          SourceDateEpoch.parse(parent.environment.get(SourceDateEpoch.NAME))
              .map(build::withSourceDate)
              .orElse(build);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    BuildResult result;
    try (ProgressDisplay progress = parent.progress()) {
      result =
          new SiteBuild(options.folders(spec.commandLine()), build.withProgress(progress))
              .build(target);
    }
    spec.commandLine()
        .getOut()
        .println(
            "Built "
                + result.pages()
                + " pages ("
                + result.files()
                + " files) into "
                + target.normalize());
    NotesOutput.print(result, spec.commandLine().getOut());
    result.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
    return 0;
  }
}
