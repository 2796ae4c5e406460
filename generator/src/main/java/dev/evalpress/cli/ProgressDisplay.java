package dev.evalpress.cli;

import dev.evalpress.build.BuildProgress;

/**
 * Where a command shows the progress of its library call: a bar on a terminal ({@link
 * TerminalProgress}) or, for pipes, files and tests, nowhere. Closed before the command prints its
 * result, so the result's lines come out as they would without it.
 */
interface ProgressDisplay extends BuildProgress, AutoCloseable {

  /** Shows nothing. */
  ProgressDisplay NONE = () -> {};

  @Override
  void close();
}
