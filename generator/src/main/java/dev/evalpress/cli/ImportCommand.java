package dev.evalpress.cli;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.ResultImport;
import dev.evalpress.build.SampleLogImport;
import dev.evalpress.model.Results;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evalpress import SRC --to DIR}: converts other frameworks' results into v1 files; with
 * {@code --logs}, aggregates per-sample logs into v1 files.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Convert results of other eval frameworks (a file or a folder) into evalpress v1 files; with --logs,"
            + " aggregate per-sample logs (*.jsonl, *.jsonl.gz) into v1 files.")
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand EvalpressCommand parent;

  @Parameters(index = "0", paramLabel = "SRC", description = "A result file or a folder of them.")
  Path source;

  @Option(
      names = "--to",
      paramLabel = "DIR",
      required = true,
      description = "Folder to write the v1 files into.")
  Path to;

  @Option(
      names = "--logs",
      description =
          "SRC holds per-sample logs: write their verdict and degeneration counts (per eval, model and"
              + " condition, and per training run and step) as eval-result and training-run files, and"
              + " the problems found (bad lines are skipped) into "
              + SampleLogImport.REPORT
              + ".")
  boolean logs;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "With --logs: worker threads per log (default: all cores).")
  int threads = Math.min(BuildOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(source)) {
      throw new ParameterException(spec.commandLine(), "SRC does not exist: " + source);
    }
    if (logs) {
      return importLogs();
    }
    ResultImport.Imported imported;
    try (ProgressDisplay progress = parent.progress()) {
      imported = ResultImport.run(source, to, progress);
    }
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

  private int importLogs() throws Exception {
    if (threads < 1 || threads > BuildOptions.MAX_THREADS) {
      throw new ParameterException(
          spec.commandLine(),
          "--threads: expected 1 to " + BuildOptions.MAX_THREADS + ", got " + threads);
    }
    SampleLogImport.Imported imported;
    try (ProgressDisplay progress = parent.progress()) {
      imported = SampleLogImport.run(source, to, threads, progress);
    }
    Results results = imported.results();
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + (imported.files().size() - 1)
                + " files ("
                + results.evalResults().size()
                + " eval results, "
                + results.runs().size()
                + " training run"
                + (results.runs().size() == 1 ? "" : "s")
                + ") and "
                + SampleLogImport.REPORT
                + " into "
                + to.normalize());
    if (!imported.problems().isEmpty()) {
      // the same lines a build reports, but the counts are written: the skipped lines are listed
      imported.problems().forEach(spec.commandLine().getErr()::println);
      spec.commandLine()
          .getErr()
          .println(
              imported.problems().size()
                  + " problem"
                  + (imported.problems().size() == 1 ? "" : "s")
                  + ": the lines (or logs) they name were skipped; listed in "
                  + SampleLogImport.REPORT);
    }
    return 0;
  }
}
