package dev.evalpress.load;

import dev.evalpress.load.imports.lmeval.LmEvalSampleFiles;
import dev.evalpress.load.internal.InputFiles;
import dev.evalpress.load.internal.InputFolder;
import dev.evalpress.load.internal.LineTooLongException;
import dev.evalpress.load.samples.SampleLogFile;
import dev.evalpress.load.samples.SampleLogHeader;
import dev.evalpress.load.samples.SampleLogReader;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.Source;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the sample logs under {@code results/} and reads their headers, in path order.
 * lm-evaluation-harness samples files ({@code samples_TASK_DATE.jsonl}) are not sample logs: they
 * are read with the results file beside them, and one without it is a problem here. A header
 * defines its eval as a result file does, so it is read here, beside {@link EvalResultFileReader};
 * {@link SampleLogReader} streams the lines after it.
 */
public final class SampleLogs {

  private static final Set<String> HEADER = Set.of("kind", "version", "eval");

  private SampleLogs() {}

  /** The sample logs of the results folder, with their headers read. */
  public static List<SampleLogFile> list(SourceFolders folders, Problems problems) {
    Path results = folders.results();
    String shownResults = folders.shownResults();
    List<SampleLogFile> logs = new ArrayList<>();
    // the results loader lists the same folder and reports what cannot be listed; Problems drops
    // repeats
    for (Path file :
        InputFolder.files(results, shownResults, SampleLogReader::isSampleLog, problems)) {
      String shown = SourceFolders.shown(results, shownResults, file);
      if (LmEvalSampleFiles.isSamplesFile(file)) {
        // read with the results file of its run, which the results loader pairs it with
        if (LmEvalSampleFiles.resultsBeside(file).isEmpty()) {
          problems.add(
              Source.file(shown),
              "an lm-evaluation-harness samples file without its results file: expected "
                  + LmEvalSampleFiles.expectedResultsName(file)
                  + " (the results_DATE.json lm-eval writes beside"
                  + " samples_TASK_DATE.jsonl, with the same date stamp) in the same folder");
        }
        continue;
      }
      header(file, shown, problems).ifPresent(h -> logs.add(new SampleLogFile(file, shown, h)));
    }
    return logs;
  }

  /**
   * The sample logs ({@code *.jsonl}, {@code *.jsonl.gz}) in {@code source}, a log or a folder
   * searched recursively, as {@code evalpress import --logs} reads them: sorted by path and shown
   * from the folder's own name ({@code logs/a.jsonl} for {@code SRC = .../logs}), hidden files
   * skipped.
   */
  public static List<SampleLogFile> under(Path source, Problems problems) {
    Path base = source.toAbsolutePath().normalize();
    String shownBase = ResultsLoader.ownName(base);
    List<SampleLogFile> logs = new ArrayList<>();
    for (Path file : InputFolder.files(base, shownBase, SampleLogReader::isSampleLog, problems)) {
      String shown = SourceFolders.shown(base, shownBase, file);
      header(file, shown, problems).ifPresent(h -> logs.add(new SampleLogFile(file, shown, h)));
    }
    return logs;
  }

  /** Reads only the header line of a log; problems are reported and give empty. */
  public static Optional<SampleLogHeader> header(Path file, String shown, Problems problems) {
    try (InputStream in = InputFiles.open(file)) {
      return headerLine(in, shown, problems).flatMap(line -> header(line, shown, problems));
    } catch (IOException e) {
      problems.add(Source.file(shown), "cannot read: " + IoFailure.describe(e));
      return Optional.empty();
    }
  }

  /**
   * Reads the first line of a log from {@code in} and returns it if it is a valid header; problems
   * (an empty log, a line too long, a bad header) are reported and give empty.
   */
  public static Optional<byte[]> headerLine(InputStream in, String shown, Problems problems)
      throws IOException {
    byte[] line;
    try {
      line = SampleLogReader.firstLine(in);
    } catch (LineTooLongException e) {
      problems.add(new Source(shown, 1, 1), e.getMessage());
      return Optional.empty();
    }
    if (line == null) {
      problems.add(
          new Source(shown, 1, 1),
          "empty sample log: expected a header line {\"kind\": \"samples\","
              + " \"version\": 1, \"eval\": {…}} and then one sample per line");
      return Optional.empty();
    }
    return header(line, shown, problems).map(h -> line);
  }

  /** Parses a header line read before; problems are reported and give empty. */
  public static Optional<SampleLogHeader> header(byte[] line, String shown, Problems problems) {
    return LocatedJson.parse(shown, line, problems)
        .map(doc -> JsonObject.root(doc, problems))
        .flatMap(top -> readHeader(top, shown));
  }

  private static Optional<SampleLogHeader> readHeader(JsonObject top, String shown) {
    if (top == null) {
      return Optional.empty();
    }
    if (!top.has("kind") && top.has("doc_id")) {
      top.fail(
          null,
          "this looks like an lm-evaluation-harness samples file, which evalpress reads under the name the"
              + " harness gives it, samples_TASK_DATE.jsonl, beside the results_DATE.json of the same run");
      return Optional.empty();
    }
    String kind = top.requireText("kind");
    if (kind != null && !kind.equals("samples")) {
      top.fail(
          "kind",
          "/kind: the first line of a sample log has kind \"samples\", got \"" + kind + "\"");
      return Optional.empty();
    }
    if (!top.has("version")
        || !top.raw("version").isIntegralNumber()
        || top.raw("version").asLong() != 1) {
      top.fail(top.has("version") ? "version" : null, "/version: expected 1");
      return Optional.empty();
    }
    top.allowOnly(HEADER);
    EvalDefinition eval = EvalResultFileReader.readEval(top.requireObject("eval"));
    return eval == null || top.failed()
        ? Optional.empty()
        : Optional.of(new SampleLogHeader(eval, top.place()));
  }
}
