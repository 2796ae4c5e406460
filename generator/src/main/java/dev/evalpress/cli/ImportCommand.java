package dev.evalpress.cli;

import dev.evalpress.build.ResultImport;
import dev.evalpress.model.Results;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evalpress import SRC --to DIR}: converts other frameworks' results into v1 files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Convert results of other eval frameworks (a file or a folder) into evalpress v1 files.")
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SRC", description = "A result file or a folder of them.")
  Path source;

  @Option(
      names = "--to",
      paramLabel = "DIR",
      required = true,
      description = "Folder to write the v1 files into.")
  Path to;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(source)) {
      throw new ParameterException(spec.commandLine(), "SRC does not exist: " + source);
    }
    ResultImport.Imported imported = ResultImport.run(source, to);
    Results results = imported.results();
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + imported.files().size()
                + " files ("
                + results.models().size()
                + " models, "
                + results.evalResults().size()
                + " eval results, "
                + results.runs().size()
                + " training run"
                + (results.runs().size() == 1 ? "" : "s")
                + ") into "
                + to.normalize());
    return 0;
  }
}
