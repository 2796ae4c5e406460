package dev.evalpress.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands. */
final class SiteOptions {

  @Option(names = "--root", paramLabel = "DIR", description = "Folder holding content/ and results/ (default: the current folder).")
  Path root = Path.of(".");

  @Option(names = "--debug", description = "Print stack traces of unexpected errors.")
  boolean debug;
}
