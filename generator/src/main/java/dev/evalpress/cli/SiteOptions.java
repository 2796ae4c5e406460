package dev.evalpress.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands. */
final class SiteOptions {

  @Option(names = "--root", paramLabel = "DIR", description = "Folder holding content/ and results/ (default: the current folder).")
  Path root = Path.of(".");

  // Read by ErrorReporter from the parse result.
  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;
}
