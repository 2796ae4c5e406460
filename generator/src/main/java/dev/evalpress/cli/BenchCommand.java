package dev.evalpress.cli;

import dev.evalpress.analyse.degeneration.DegenerationDetector;
import dev.evalpress.analyse.degeneration.DegenerationSettings;
import dev.evalpress.analyse.samples.CellCounts;
import dev.evalpress.analyse.samples.SampleAggregate;
import dev.evalpress.bench.SyntheticSampleLog;
import dev.evalpress.load.samples.SampleLogHeader;
import dev.evalpress.load.samples.SampleLogReader;
import dev.evalpress.problem.Problems;
import dev.evalpress.build.BuildOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evalpress bench}: generates a synthetic sample log and measures ingestion with degeneration
 * detection on, the way a build reads logs: throughput in MB/s and samples/s, and the peak heap used.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure sample-log ingestion (with degeneration detection) on a synthetic log.")
final class BenchCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** 1 TiB: more would overflow nothing, but no bench needs it, and a typo of a few digits should not fill a disk. */
  static final long MAX_SIZE_MB = 1L << 20;

  @Option(names = "--size-mb", paramLabel = "MB", description = "Size of the synthetic log, from 1 to 1048576 (default: 1024).")
  long sizeMb = 1024;

  @Option(names = "--log", paramLabel = "FILE",
      description = "Where to write the log (default: a temporary file, deleted afterwards). Reused if it exists.")
  Path log;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Math.min(BuildOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || threads > BuildOptions.MAX_THREADS) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads: expected a whole number from 1"
          + " to " + BuildOptions.MAX_THREADS + ", got " + threads);
    }
    if (sizeMb < 1 || sizeMb > MAX_SIZE_MB) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--size-mb: expected a whole number from 1"
          + " to " + MAX_SIZE_MB + ", got " + sizeMb);
    }
    var out = spec.commandLine().getOut();
    Path file = log != null ? log : Files.createTempFile("evalpress-bench", ".jsonl");
    try {
      if (log == null || !Files.exists(file)) {
        out.printf(Locale.ROOT, "writing a %d MB synthetic log to %s%n", sizeMb, file);
        SyntheticSampleLog.write(file, sizeMb << 20);
      }
      long bytes = Files.size(file);
      Problems problems = new Problems();
      var read = SampleLogReader.header(file, file.toString(), problems);
      if (read.isEmpty()) {
        problems.list().forEach(spec.commandLine().getErr()::println);
        return ErrorReporter.BAD_INPUT;
      }
      SampleLogHeader header = read.get();
      DegenerationDetector detector = new DegenerationDetector(DegenerationSettings.DEFAULT);
      // Heap in use, sampled every 5 ms while reading: what the run holds, garbage included.
      long[] peak = new long[1];
      Thread sampler = new Thread(() -> {
        Runtime rt = Runtime.getRuntime();
        while (!Thread.currentThread().isInterrupted()) {
          peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
      long start = System.nanoTime();
      SampleAggregate result = SampleLogReader.read(file, file.toString(), header,
          () -> new SampleAggregate(detector, 200), threads, problems);
      double seconds = (System.nanoTime() - start) / 1e9;
      sampler.interrupt();
      sampler.join();
      long samples = result.counts().values().stream().mapToLong(CellCounts::samples).sum();
      long degenerate = result.counts().values().stream().mapToLong(CellCounts::degenerate).sum();
      out.printf(Locale.ROOT, "log: %.1f MB, %d samples (%d degenerate), %d problems%n", bytes / 1048576.0, samples,
          degenerate, problems.list().size());
      out.printf(Locale.ROOT, "threads: %d, max heap: %d MB%n", threads, Runtime.getRuntime().maxMemory() >> 20);
      out.printf(Locale.ROOT, "time: %.2f s; throughput: %.1f MB/s, %.0f samples/s; peak heap in use: %.1f MB%n",
          seconds, bytes / 1048576.0 / seconds, samples / seconds, peak[0] / 1048576.0);
      return 0;
    } finally {
      if (log == null) {
        Files.deleteIfExists(file);
      }
    }
  }
}
