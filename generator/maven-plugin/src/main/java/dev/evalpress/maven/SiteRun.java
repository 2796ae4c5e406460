package dev.evalpress.maven;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.BuildResult;
import dev.evalpress.problem.CurrentInput;
import dev.evalpress.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * One run of a goal on a site: checks the options, skips the work when a marker says the inputs are
 * as the last successful run left them, and turns input and file-system failures into a failed
 * Maven build with the problems in the log. Shared by the goals and the report, which cannot share
 * a base class.
 */
final class SiteRun {

  /** The goal's work: a library call. */
  interface Work {
    void run(BuildOptions options) throws IOException, MojoFailureException;
  }

  private final Log log;
  private final Path root;
  private final ProblemLog problems;
  private final int threads;
  private final String sourceDateEpoch;

  /**
   * @param threads worker threads, or 0 for one per processor
   * @param sourceDateEpoch whole seconds since 1970 that date the pages, or null for none
   */
  SiteRun(Log log, Path root, Path basedir, int threads, String sourceDateEpoch) {
    this.log = log;
    this.root = root;
    this.problems = new ProblemLog(log, root, basedir);
    this.threads = threads;
    this.sourceDateEpoch = sourceDateEpoch;
  }

  /**
   * Runs {@code work} unless the marker says nothing changed since it last succeeded.
   *
   * @param marker where the inputs of the last successful run are kept; null to always run
   * @param settings the goal's settings that change its outcome
   * @param output a file the run writes, which must still be there for it to be skipped; null if it
   *     writes nothing
   */
  void execute(String goal, Path marker, Map<String, String> settings, Path output, Work work)
      throws MojoExecutionException, MojoFailureException {
    BuildOptions options = options();
    Map<String, String> outcome = new TreeMap<>(settings);
    outcome.put("sourceDate", options.sourceDate().map(Object::toString).orElse("none"));
    InputMarker inputs = marker == null ? null : marker(marker, outcome);
    if (inputs != null && inputs.upToDate() && (output == null || Files.exists(output))) {
      log.info(
          "evalpress "
              + goal
              + ": the inputs under "
              + root
              + " are unchanged since the last successful run; nothing to do (delete "
              + inputs.file()
              + " to run it again)");
      return;
    }
    try {
      if (inputs != null) {
        inputs.clear();
      }
      work.run(options);
      if (inputs != null) {
        inputs.save();
      }
    } catch (MojoFailureException e) {
      throw e;
    } catch (StackOverflowError e) {
      // input no limit caught, such as JSON nested too deeply: a fault of the input, said in words
      throw new MojoFailureException(
          "evalpress "
              + goal
              + ": input nested too deeply to process"
              + whileProcessing()
              + " (stack overflow); nest it less deeply");
    } catch (OutOfMemoryError e) {
      throw new MojoFailureException(
          "evalpress "
              + goal
              + ": out of memory"
              + whileProcessing()
              + "; give Maven more memory (MAVEN_OPTS=-Xmx4g) or make the input smaller");
    } catch (Exception e) {
      String message = problems.describe(e);
      if (message == null) {
        throw new MojoExecutionException("evalpress " + goal + ": internal error: " + e, e);
      }
      throw new MojoFailureException(message);
    }
  }

  private static String whileProcessing() {
    return CurrentInput.get().map(p -> " while processing " + Problem.escape(p)).orElse("");
  }

  /** The build options the goal's parameters ask for. */
  BuildOptions options() throws MojoFailureException {
    BuildOptions options = BuildOptions.defaults();
    if (threads != 0) {
      if (threads < 1 || threads > BuildOptions.MAX_THREADS) {
        throw new MojoFailureException(
            "threads: expected a whole number from 1 to "
                + BuildOptions.MAX_THREADS
                + " (or 0 for one per processor), got "
                + threads);
      }
      options = options.withThreads(threads);
    }
    if (sourceDateEpoch != null && !sourceDateEpoch.isEmpty()) {
      options = options.withSourceDate(SourceDate.parse(sourceDateEpoch));
    }
    return options;
  }

  /** What a build wrote, and its notes and warnings, as the CLI prints them. */
  void logBuilt(BuildResult result, Path out) {
    log.info(
        "Built "
            + result.pages()
            + " pages ("
            + result.files()
            + " files) into "
            + out.normalize());
    logNotes(result);
    result.warnings().forEach(w -> log.warn(Problem.escape(w)));
  }

  /** The notes on what the results left out, assumed or counted once. */
  void logNotes(BuildResult result) {
    int notes = result.notes().size();
    if (notes == 0) {
      return;
    }
    log.info(
        notes
            + (notes == 1 ? " note" : " notes")
            + " on the results (left out, assumed or counted once; each is on its eval's page):");
    result.noteLines().forEach(line -> log.info("  " + Problem.escape(line)));
  }

  /** The marker, or null when the inputs cannot be read: then the run reports why. */
  private InputMarker marker(Path file, Map<String, String> settings) {
    try {
      return InputMarker.of(file, root, settings);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
