package dev.evalpress.maven;

import dev.evalpress.problem.InputException;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.OutputException;
import dev.evalpress.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Turns what a library call throws into lines in Maven's log and the one-line message that fails
 * the build: input problems one per line as {@code path:line:column: message}, output and
 * file-system problems as one line. The paths the library reports are relative to the site root;
 * they are shown relative to the project's folder, where Maven users and IDEs look for them.
 */
final class ProblemLog {

  private final Log log;
  private final String prefix;

  /**
   * @param root the site root the library read
   * @param basedir the Maven project's folder
   */
  ProblemLog(Log log, Path root, Path basedir) {
    this.log = log;
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Path absoluteBase = basedir.toAbsolutePath().normalize();
    if (absoluteRoot.equals(absoluteBase)) {
      prefix = "";
    } else if (absoluteRoot.startsWith(absoluteBase)) {
      prefix = absoluteBase.relativize(absoluteRoot) + "/";
    } else {
      prefix = absoluteRoot + "/";
    }
  }

  /**
   * Logs the failure and returns the message to fail the build with, or null when {@code e} is not
   * a failure of the input or the file system (a bug, which Maven reports with its stack trace).
   */
  String describe(Exception e) {
    if (e instanceof InputException input) {
      for (Problem p : input.problems()) {
        log.error(located(p));
      }
      input.skipped().forEach(log::error);
      int n = input.problems().size();
      return (n == 1 ? "1 problem" : n + " problems")
          + " found in the evalpress site (each is logged above as path:line:column: message)";
    }
    if (e instanceof OutputException) {
      return e.getMessage();
    }
    if (e instanceof IOException io) {
      return IoFailure.describe(io);
    }
    return null;
  }

  /** The problem's line, its path made relative to the project's folder. */
  String located(Problem p) {
    String path = p.source().path();
    boolean absolute = Path.of(path).isAbsolute();
    return (absolute ? "" : Problem.escape(prefix)) + p;
  }
}
