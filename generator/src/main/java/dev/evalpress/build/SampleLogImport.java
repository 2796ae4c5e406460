package dev.evalpress.build;

import dev.evalpress.export.V1ResultWriter;
import dev.evalpress.load.SampleLogs;
import dev.evalpress.load.degeneration.DegenerationDetector;
import dev.evalpress.load.degeneration.DegenerationSettings;
import dev.evalpress.load.samples.LogAggregate;
import dev.evalpress.load.samples.SampleAggregate;
import dev.evalpress.load.samples.SampleLogFile;
import dev.evalpress.load.samples.SampleLogHeader;
import dev.evalpress.load.samples.SampleLogPart;
import dev.evalpress.load.samples.SampleLogReader;
import dev.evalpress.load.samples.SampleResults;
import dev.evalpress.model.Results;
import dev.evalpress.model.Source;
import dev.evalpress.problem.CurrentInput;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problem;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code evalpress import --logs} as a library call: aggregates per-sample logs into the verdict
 * and degeneration counts a build computes from them (per eval × model × condition, and per
 * training run × step) and writes them as v1 {@code eval-result} and {@code training-run} files,
 * with a report of the problems found ({@value #REPORT}: bad lines, the first 50 of each log, as a
 * build lists them). Bad lines are skipped, as the counts of a nightly terabyte of logs must not
 * wait for one broken line; the report says which.
 *
 * <p>Two ways in, one result: {@link #run} reads the logs on this machine, through the build's own
 * reader; a cluster reads each log's header with {@link #readHeader} and byte ranges of it with
 * {@link #readPart} in its tasks, and {@link #files} adds them up in one process. Both write the
 * same bytes for the same logs.
 */
public final class SampleLogImport {

  /** The name of the report of problems written beside the results. */
  public static final String REPORT = "bad-lines.txt";

  /** Thresholds of the degeneration detector: the published ones (an import reads no settings). */
  private static final DegenerationSettings DEGENERATION = DegenerationSettings.DEFAULT;

  private SampleLogImport() {}

  /** What an import wrote, and the problems its report lists. */
  public record Imported(List<Path> files, Results results, List<Problem> problems) {

    public Imported {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /**
   * The first line of one log as a task read it: the line if it is a valid header, else null and
   * the problems that say why (the log's other lines are then not read).
   */
  public record Header(String shown, byte[] line, List<Problem> problems) implements Serializable {

    public Header {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Aggregates the logs in {@code source} (a log or a folder of them) on {@code threads} workers
   * per log and writes the results and the report into {@code to}, which never overwrites a file.
   */
  public static Imported run(Path source, Path to, int threads) throws IOException {
    return run(source, to, threads, BuildProgress.NONE);
  }

  /**
   * {@link #run}, telling {@code progress} of the logs' bytes as they are read (the bytes on disk,
   * of all the logs together), then of the writing.
   */
  public static Imported run(Path source, Path to, int threads, BuildProgress progress)
      throws IOException {
    Problems problems = new Problems();
    List<LogAggregate> logs = new ArrayList<>();
    DegenerationDetector detector = new DegenerationDetector(DEGENERATION);
    List<SampleLogFile> found = SampleLogs.under(source, problems);
    progress.start(BuildProgress.Stage.READING, BuildProgress.Unit.BYTES, size(found));
    for (SampleLogFile log : found) {
      CurrentInput.set(log.shown());
      try {
        SampleAggregate counts =
            SampleLogReader.read(
                log.file(),
                log.shown(),
                log.header(),
                () -> new SampleAggregate(detector, 0),
                threads,
                problems,
                progress::advance);
        logs.add(new LogAggregate(log.shown(), log.header(), counts));
      } catch (IOException e) {
        problems.add(Source.file(log.shown()), "cannot read: " + IoFailure.describe(e));
      }
    }
    progress.start(BuildProgress.Stage.WRITING, BuildProgress.Unit.NONE, -1);
    Results results = SampleResults.ofLogs(logs, problems);
    List<Path> written = V1ResultWriter.write(files(results, problems), to);
    return new Imported(written, results, problems.list());
  }

  /** The logs' bytes on disk; -1 if a size cannot be read (the read then reports why). */
  private static long size(List<SampleLogFile> logs) {
    long total = 0;
    for (SampleLogFile log : logs) {
      try {
        total += Files.size(log.file());
      } catch (IOException e) {
        return -1;
      }
    }
    return total;
  }

  /** Reads the header of the log {@code shown}, in a task. */
  public static Header readHeader(SampleLogPart.LogBytes log, String shown) {
    Problems problems = new Problems();
    byte[] line;
    try (InputStream in = log.openAt(0)) {
      line = SampleLogs.headerLine(in, shown, problems).orElse(null);
    } catch (IOException e) {
      problems.add(Source.file(shown), "cannot read: " + IoFailure.describe(e));
      line = null;
    }
    return new Header(shown, line, problems.list());
  }

  /**
   * Reads the lines of a log that start in {@code [start, end)}, in a task; {@code header} is the
   * log's, valid.
   */
  public static SampleLogPart readPart(
      SampleLogPart.LogBytes log, Header header, long start, long end) throws IOException {
    String evalId =
        SampleLogs.header(header.line(), header.shown(), new Problems())
            .orElseThrow(() -> new IllegalArgumentException("not a valid header: " + header))
            .eval()
            .id();
    return SampleLogPart.read(log, header.shown(), evalId, start, end, DEGENERATION);
  }

  /**
   * Adds up what the tasks read, in one process: the files {@link #run} writes for the same logs,
   * by name, in order, the report last.
   */
  public static Map<String, byte[]> files(List<Header> headers, List<SampleLogPart> parts) {
    Problems problems = new Problems();
    Map<String, List<SampleLogPart>> byLog = new TreeMap<>();
    parts.forEach(p -> byLog.computeIfAbsent(p.shown(), s -> new ArrayList<>()).add(p));
    List<LogAggregate> logs = new ArrayList<>();
    List<Header> ordered = new ArrayList<>(headers);
    ordered.sort(Comparator.comparing(Header::shown));
    for (Header h : ordered) {
      h.problems().forEach(p -> problems.add(p.source(), p.message()));
      if (h.line() == null) {
        continue;
      }
      SampleLogHeader header = SampleLogs.header(h.line(), h.shown(), problems).orElseThrow();
      logs.add(
          SampleLogPart.merge(
              byLog.getOrDefault(h.shown(), List.of()), h.shown(), header, problems));
    }
    return files(SampleResults.ofLogs(logs, problems), problems);
  }

  private static Map<String, byte[]> files(Results results, Problems problems) {
    Map<String, byte[]> files = new LinkedHashMap<>(V1ResultWriter.resultFiles(results));
    StringBuilder report = new StringBuilder();
    problems.list().forEach(p -> report.append(p).append('\n'));
    files.put(REPORT, report.toString().getBytes(StandardCharsets.UTF_8));
    return files;
  }
}
