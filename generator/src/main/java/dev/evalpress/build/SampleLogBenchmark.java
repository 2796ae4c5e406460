package dev.evalpress.build;

import dev.evalpress.bench.PeakHeap;
import dev.evalpress.bench.SyntheticSampleLog;
import dev.evalpress.load.SampleLogs;
import dev.evalpress.load.degeneration.DegenerationDetector;
import dev.evalpress.load.degeneration.DegenerationSettings;
import dev.evalpress.load.samples.CellCounts;
import dev.evalpress.load.samples.SampleAggregate;
import dev.evalpress.load.samples.SampleLogHeader;
import dev.evalpress.load.samples.SampleLogReader;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code evalpress bench} as a library call: streams one sample log the way a build does, with
 * degeneration detection on (the published thresholds) and 200 samples kept per model to publish,
 * and measures it.
 */
public final class SampleLogBenchmark {

  /** As many samples per model as the bench keeps to publish: a cap a site might set. */
  private static final int CAP = 200;

  private SampleLogBenchmark() {}

  /**
   * What one run measured: the log's size, its samples (and how many are degenerate), its problems,
   * the time taken and the most heap in use while reading.
   */
  public record Measured(
      long bytes,
      long samples,
      long degenerate,
      int problems,
      double seconds,
      long peakHeapBytes) {}

  /** Writes a synthetic sample log of about {@code bytes} (see {@link SyntheticSampleLog}). */
  public static void writeSyntheticLog(Path file, long bytes) throws IOException {
    SyntheticSampleLog.write(file, bytes);
  }

  /**
   * Reads {@code file} on {@code threads} workers. Empty when its header cannot be read; the
   * header's problems are then in {@code problems}.
   */
  public static Optional<Measured> measure(Path file, int threads, Problems problems)
      throws IOException, InterruptedException {
    long bytes = Files.size(file);
    Optional<SampleLogHeader> header = SampleLogs.header(file, file.toString(), problems);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    DegenerationDetector detector = new DegenerationDetector(DegenerationSettings.DEFAULT);
    SampleAggregate result;
    double seconds;
    PeakHeap heap = PeakHeap.start();
    try (heap) {
      long start = System.nanoTime();
      result =
          SampleLogReader.read(
              file,
              file.toString(),
              header.get(),
              () -> new SampleAggregate(detector, CAP),
              threads,
              problems);
      seconds = (System.nanoTime() - start) / 1e9;
    }
    long samples = result.counts().values().stream().mapToLong(CellCounts::samples).sum();
    long degenerate = result.counts().values().stream().mapToLong(CellCounts::degenerate).sum();
    return Optional.of(
        new Measured(bytes, samples, degenerate, problems.list().size(), seconds, heap.bytes()));
  }
}
