package dev.evalpress.spark;

import dev.evalpress.build.SampleLogBenchmark;
import dev.evalpress.build.SampleLogImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Measures both ways of aggregating one synthetic log ({@link
 * SampleLogBenchmark#writeSyntheticLog}, the log {@code evalpress bench} reads): {@code evalpress
 * import --logs} on this machine's cores, and the Spark job in {@code local[N]} on the same cores;
 * checks that both wrote the same bytes.
 *
 * <p>{@code SampleLogJobBenchmark [--size-mb MB] [--threads N] [--split-mb MB] [--log FILE]}, run
 * with Spark on the class path (see BENCHMARKS.md).
 */
public final class SampleLogJobBenchmark {

  private SampleLogJobBenchmark() {}

  public static void main(String[] args) throws IOException {
    long sizeMb = 2048;
    int threads = Runtime.getRuntime().availableProcessors();
    long splitMb = SampleLogJob.DEFAULT_SPLIT_BYTES >> 20;
    Path log = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--size-mb" -> sizeMb = Long.parseLong(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--split-mb" -> splitMb = Long.parseLong(args[i + 1]);
        case "--log" -> log = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path work = Files.createTempDirectory("evalpress-spark-bench");
    Path logs = Files.createDirectories(work.resolve("logs"));
    Path file = logs.resolve("bench.jsonl");
    if (log != null && Files.exists(log)) {
      Files.createSymbolicLink(file, log.toAbsolutePath());
    } else {
      SampleLogBenchmark.writeSyntheticLog(file, sizeMb << 20);
      if (log != null) {
        Files.copy(file, log);
      }
    }
    long bytes = Files.size(file);
    try {
      long start = System.nanoTime();
      SampleLogImport.run(logs, work.resolve("cli"), threads);
      double cli = (System.nanoTime() - start) / 1e9;

      SparkSession spark =
          SparkSession.builder()
              .master("local[" + threads + "]")
              .appName("evalpress bench")
              .config("spark.ui.enabled", "false")
              .getOrCreate();
      double job;
      SampleLogJob.Summary summary;
      try {
        start = System.nanoTime();
        summary =
            SampleLogJob.run(
                spark,
                logs.toUri().toString(),
                work.resolve("spark").toUri().toString(),
                splitMb << 20);
        job = (System.nanoTime() - start) / 1e9;
      } finally {
        spark.stop();
      }
      boolean same = same(work.resolve("cli"), work.resolve("spark"));
      System.out.printf(
          Locale.ROOT,
          "log %.2f GiB, %d threads%n"
              + "  CLI (import --logs):     %6.1f s  %7.1f MB/s%n"
              + "  Spark local[%d], %d ranges: %6.1f s  %7.1f MB/s%n"
              + "  same files: %s%n",
          bytes / (double) (1L << 30),
          threads,
          cli,
          bytes / 1e6 / cli,
          threads,
          summary.ranges(),
          job,
          bytes / 1e6 / job,
          same);
    } finally {
      try (Stream<Path> all = Files.walk(work)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static boolean same(Path a, Path b) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(a)) {
      files = list.sorted().toList();
    }
    try (Stream<Path> list = Files.list(b)) {
      if (list.count() != files.size()) {
        return false;
      }
    }
    for (Path f : files) {
      Path other = b.resolve(f.getFileName().toString());
      if (!Files.exists(other)
          || !Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(other))) {
        return false;
      }
    }
    return true;
  }
}
