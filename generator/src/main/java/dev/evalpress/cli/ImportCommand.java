package dev.evalpress.cli;

import dev.evalpress.load.ResultsLoader;
import dev.evalpress.model.Results;
import dev.evalpress.problem.Problems;
import dev.evalpress.site.V1ResultWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evalpress import SRC --to DIR}: converts other frameworks' results into v1 files. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Convert results of other eval frameworks (a file or a folder) into evalpress v1 files.")
final class ImportCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SRC", description = "A result file or a folder of them.")
  Path source;

  @Option(names = "--to", paramLabel = "DIR", required = true, description = "Folder to write the v1 files into.")
  Path to;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(source)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "SRC does not exist: " + source);
    }
    Problems problems = new Problems();
    Results results = ResultsLoader.importFrom(source, problems);
    problems.throwIfAny();
    List<Path> written = V1ResultWriter.write(results, to);
    spec.commandLine().getOut().println("Wrote " + written.size() + " files (" + results.models().size()
        + " models, " + results.evalResults().size() + " eval results, " + results.runs().size() + " training run"
        + (results.runs().size() == 1 ? "" : "s") + ") into " + to.normalize());
    return 0;
  }
}
