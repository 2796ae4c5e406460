package dev.evalpress.maven;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.BuildResult;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.problem.CurrentInput;
import dev.evalpress.problem.Problem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    /**
     * Does the work; returns the files it wrote that must still be there, unchanged, for the next
     * run to be skipped (none for a goal that writes nothing).
     */
    List<Path> run(BuildOptions options) throws IOException, MojoFailureException;
  }

  private final Log log;
  private final SourceFolders folders;
  private final ProblemLog problems;
  private final int threads;
  private final String sourceDateEpoch;

  /**
   * @param threads worker threads, or 0 for one per processor
   * @param sourceDateEpoch whole seconds since 1970 that date the pages, or null for none
   */
  SiteRun(Log log, SourceFolders folders, Path basedir, int threads, String sourceDateEpoch) {
    this.log = log;
    this.folders = folders;
    this.problems = new ProblemLog(log, folders.root(), basedir);
    this.threads = threads;
    this.sourceDateEpoch = sourceDateEpoch;
  }

  /**
   * The folders of the goal's parameters: {@code content} and {@code results} under {@code root}
   * when unset.
   */
  static SourceFolders folders(File root, File content, File results) {
    SourceFolders folders = SourceFolders.of(root.toPath());
    if (content != null) {
      folders = folders.withContent(content.toPath());
    }
    if (results != null) {
      folders = folders.withResults(results.toPath());
    }
    return folders;
  }

  /**
   * Runs {@code work} unless the marker says nothing changed since it last succeeded and what it
   * wrote then is still there as written.
   *
   * @param marker where the inputs of the last successful run are kept; null to always run
   * @param settings the goal's settings that change its outcome
   */
  void execute(String goal, Path marker, Map<String, String> settings, Work work)
      throws MojoExecutionException, MojoFailureException {
    BuildOptions options = options();
    checkFolders();
    Map<String, String> outcome = new TreeMap<>(settings);
    outcome.put("sourceDate", options.sourceDate().map(Object::toString).orElse("none"));
    outcome.put("content", folders.content().toAbsolutePath().normalize().toString());
    outcome.put("results", folders.results().toAbsolutePath().normalize().toString());
    InputMarker inputs = marker == null ? null : marker(marker, outcome);
    if (inputs != null && inputs.upToDate()) {
      log.info(
          "evalpress "
              + goal
              + ": the inputs "
              + (folders.areDefault()
                  ? "under " + folders.root()
                  : "in " + folders.content() + " and " + folders.results())
              + " are unchanged since the last successful run and its files are as it wrote them;"
              + " nothing to do (delete "
              + inputs.file()
              + " to run it again)");
      return;
    }
    try {
      if (inputs != null) {
        inputs.clear();
      }
      List<Path> written = work.run(options);
      if (inputs != null) {
        inputs.save(written);
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

  /**
   * A content or results folder set in the configuration must exist: a typo in it would otherwise
   * build a site without its reports or results.
   */
  private void checkFolders() throws MojoFailureException {
    SourceFolders defaults = SourceFolders.of(folders.root());
    checkFolder("contentDirectory", folders.content(), defaults.content());
    checkFolder("resultsDirectory", folders.results(), defaults.results());
  }

  private static void checkFolder(String parameter, Path folder, Path byDefault)
      throws MojoFailureException {
    if (!folder.equals(byDefault) && !Files.isDirectory(folder)) {
      throw new MojoFailureException(
          parameter
              + ": "
              + (Files.exists(folder) ? "not a folder: " : "no such folder: ")
              + Problem.escape(folder.toString()));
    }
  }

  /** The folders the goal reads. */
  SourceFolders folders() {
    return folders;
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
      return InputMarker.of(file, folders, settings);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
