package dev.evalpress.cli;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.model.SourceFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a site: build, check, export and serve. */
final class SiteOptions {

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description =
          "Folder holding evalpress.yaml, content/ and results/ (default: the current folder).")
  Path root = Path.of(".");

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "Folder of the reports, if not ROOT/content.")
  Path content;

  @Option(
      names = "--results",
      paramLabel = "DIR",
      description = "Folder of the results, if not ROOT/results.")
  Path results;

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

  /**
   * The folders to read; a {@code --content} or {@code --results} folder that does not exist is bad
   * usage, as a typo in it would otherwise build a site without its reports or results.
   */
  SourceFolders folders(CommandLine cli) {
    SourceFolders folders = SourceFolders.of(root);
    if (content != null) {
      folders = folders.withContent(existing(cli, "--content", content));
    }
    if (results != null) {
      folders = folders.withResults(existing(cli, "--results", results));
    }
    return folders;
  }

  private static Path existing(CommandLine cli, String option, Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(
          cli,
          option
              + ": "
              + (Files.exists(folder) ? "not a folder: " : "no such folder: ")
              + folder
              + " (relative paths are from the current folder, "
              + Path.of("").toAbsolutePath()
              + ")");
    }
    return folder;
  }

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
