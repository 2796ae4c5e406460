package dev.evalpress.maven;

import dev.evalpress.model.Source;
import dev.evalpress.problem.InputException;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.OutputException;
import dev.evalpress.problem.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Turns what a library call throws into lines in Maven's log and the one-line message that fails
 * the build: input problems one per line as {@code path:line:column: message}, output and
 * file-system problems as one line. The library names a file relative to the site root, or by its
 * folder as given when that is outside the root; here every file under the project's folder is
 * shown relative to it, where Maven users and IDEs look for it, and any other by its absolute path.
 */
final class ProblemLog {

  private final Log log;
  private final Path root;
  private final Path basedir;

  /**
   * @param root the site root the library read
   * @param basedir the Maven project's folder
   */
  ProblemLog(Log log, Path root, Path basedir) {
    this.log = log;
    this.root = root.toAbsolutePath().normalize();
    this.basedir = basedir.toAbsolutePath().normalize();
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

  /** The problem's line, its path made relative to the project's folder when it is in it. */
  String located(Problem p) {
    Source source = p.source();
    Path file;
    try {
      file = root.resolve(source.path()).normalize();
    } catch (InvalidPathException e) {
      return p.toString();
    }
    String shown =
        file.equals(basedir)
            ? "."
            : file.startsWith(basedir)
                ? basedir.relativize(file).toString().replace(File.separatorChar, '/')
                : file.toString();
    return new Problem(new Source(shown, source.line(), source.column()), p.message()).toString();
  }
}
