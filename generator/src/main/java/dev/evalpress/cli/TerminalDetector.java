package dev.evalpress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether a person is watching: the process's standard input and output are a terminal ({@link
 * System#console()}), and so is its standard error, where a progress bar goes. Anything else (a
 * pipe, a file, a CI log, {@code TERM=dumb}) gets the plain output only.
 */
final class TerminalDetector {

  /** Where Linux shows the file that standard error is; absent elsewhere. */
  private static final Path STDERR = Path.of("/proc/self/fd/2");

  private TerminalDetector() {}

  /** Whether a progress bar on {@link System#err} would reach a terminal. */
  static boolean stderrIsTerminal(Map<String, String> environment) {
    if (System.console() == null || "dumb".equals(environment.get("TERM"))) {
      return false;
    }
    // System.console() says nothing of standard error: `evalpress build 2>log` must stay clean
    if (!Files.exists(STDERR)) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(STDERR).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
