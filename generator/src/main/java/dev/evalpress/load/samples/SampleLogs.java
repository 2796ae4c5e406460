package dev.evalpress.load.samples;

import dev.evalpress.load.imports.lmeval.LmEvalSampleFiles;
import dev.evalpress.load.internal.InputFolder;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    // the results loader lists the same folder and reports what cannot be listed; Problems drops repeats
    for (Path file : InputFolder.files(results, root, SampleLogReader::isSampleLog, problems)) {
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
    return logs;
  }
}
