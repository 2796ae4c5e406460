package dev.evalpress.cli;

import dev.evalpress.build.BuildOptions;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a site: build and check. */
final class SiteOptions {

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "Folder holding content/ and results/ (default: the current folder).")
  Path root = Path.of(".");

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that parse sample logs and render pages (default: one per processor). The output is the"
              + " same for any N.")
  int threads = Math.min(BuildOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());

  // Read by ErrorReporter from the parse result.
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  /** The build options these options ask for; {@code --threads} outside 1 to 256 is bad usage. */
  BuildOptions buildOptions(CommandLine cli) {
    if (threads < 1 || threads > BuildOptions.MAX_THREADS) {
      throw new CommandLine.ParameterException(
          cli,
          "--threads: expected a whole number from 1 to "
              + BuildOptions.MAX_THREADS
              + ", got "
              + threads);
    }
    return BuildOptions.defaults().withThreads(threads);
  }
}
