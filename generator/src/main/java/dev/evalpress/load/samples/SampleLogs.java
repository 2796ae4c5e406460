package dev.evalpress.load.samples;

import dev.evalpress.load.imports.lmeval.LmEvalSampleFiles;
import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the sample logs under {@code results/} and reads their headers, in path order. lm-evaluation-harness
 * samples files ({@code samples_TASK_DATE.jsonl}) are not sample logs: they are read with the results file beside
 * them, and one without it is a problem here.
 */
public final class SampleLogs {

  private SampleLogs() {}

  public static List<SampleLogFile> list(Path root, Problems problems) {
    Path results = root.resolve("results");
    List<SampleLogFile> logs = new ArrayList<>();
    if (!Files.isDirectory(results)) {
      return logs;
    }
    try (Stream<Path> walk = Files.walk(results)) {
      for (Path file : walk.filter(Files::isRegularFile).filter(SampleLogReader::isSampleLog).sorted().toList()) {
        String shown = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        if (LmEvalSampleFiles.isSamplesFile(file)) {
          // read with the results file of its run, which the results loader pairs it with
          if (LmEvalSampleFiles.resultsBeside(file).isEmpty()) {
            problems.add(Source.file(shown), "an lm-evaluation-harness samples file without its results file: expected "
                + LmEvalSampleFiles.expectedResultsName(file) + " (the results_DATE.json lm-eval writes beside"
                + " samples_TASK_DATE.jsonl, with the same date stamp) in the same folder");
          }
          continue;
        }
        SampleLogReader.header(file, shown, problems).ifPresent(h -> logs.add(new SampleLogFile(file, shown, h)));
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(Source.file("results"), "cannot list folder: " + IoFailure.describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
    }
    return logs;
  }
}
