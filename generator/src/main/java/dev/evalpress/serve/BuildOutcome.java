package dev.evalpress.serve;

import java.util.List;

/** What one preview build came to: a site to serve, or the problems that stopped it. */
public sealed interface BuildOutcome {

  /**
   * A complete site of {@code pages}, of which {@code rendered} were rendered and {@code written}
   * files written.
   */
  record Built(int pages, int rendered, int written, long millis) implements BuildOutcome {}

  /**
   * The build stopped; {@code lines} are the problems as the CLI prints them ({@code
   * path:line:column: …}).
   */
  record Failed(List<String> lines) implements BuildOutcome {

    public Failed {
      lines = List.copyOf(lines);
    }
  }
}
