package dev.evalpress.cli;

import dev.evalpress.bench.LabCorpus;
import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.PreviewBenchmark;
import dev.evalpress.build.SampleLogBenchmark;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code evalpress bench}: generates a synthetic sample log and measures ingestion with
 * degeneration detection on, the way a build reads logs: throughput in MB/s and samples/s, and the
 * peak heap used.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure sample-log ingestion (with degeneration detection) on a synthetic log, or with --preview the"
            + " preview's builds.")
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /**
   * 1 TiB: more would overflow nothing, but no bench needs it, and a typo of a few digits should
   * not fill a disk.
   */
  static final long MAX_SIZE_MB = 1L << 20;

  @Option(
      names = "--size-mb",
      paramLabel = "MB",
      description = "Size of the synthetic log, from 1 to 1048576 (default: 1024).")
  long sizeMb = 1024;

  @Option(
      names = "--log",
      paramLabel = "FILE",
      description =
          "Where to write the log (default: a temporary file, deleted afterwards). Reused if it exists.")
  Path log;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores).")
  int threads = Math.min(BuildOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Option(
      names = "--preview",
      description =
          "Measure the preview's builds instead: the first build, then prose and result edits, and the page sizes.")
  boolean preview;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description =
          "With --preview: the site to measure (copied first; default: a generated lab-scale site).")
  Path root;

  @Option(
      names = "--evals",
      paramLabel = "N",
      description = "With --preview and no --root: evals of the generated site (default: 200).")
  int evals = 200;

  @Option(
      names = "--versions",
      paramLabel = "N",
      description =
          "With --preview and no --root: model versions of the generated site (default: 33).")
  int versions = 33;

  @Override
  public Integer call() throws Exception {
    if (preview) {
      return previewBench();
    }
    if (threads < 1 || threads > BuildOptions.MAX_THREADS) {
      throw new ParameterException(
          spec.commandLine(),
          "--threads: expected a whole number from 1"
              + " to "
              + BuildOptions.MAX_THREADS
              + ", got "
              + threads);
    }
    if (sizeMb < 1 || sizeMb > MAX_SIZE_MB) {
      throw new ParameterException(
          spec.commandLine(),
          "--size-mb: expected a whole number from 1" + " to " + MAX_SIZE_MB + ", got " + sizeMb);
    }
    var out = spec.commandLine().getOut();
    Path file = log != null ? log : Files.createTempFile("evalpress-bench", ".jsonl");
    try {
      if (log == null || !Files.exists(file)) {
        out.printf(Locale.ROOT, "writing a %d MB synthetic log to %s%n", sizeMb, file);
        SampleLogBenchmark.writeSyntheticLog(file, sizeMb << 20);
      }
      Problems problems = new Problems();
      Optional<SampleLogBenchmark.Measured> measured =
          SampleLogBenchmark.measure(file, threads, problems);
      if (measured.isEmpty()) {
        problems.list().forEach(spec.commandLine().getErr()::println);
        return ErrorReporter.BAD_INPUT;
      }
      SampleLogBenchmark.Measured m = measured.get();
      double megabytes = m.bytes() / 1048576.0;
      out.printf(
          Locale.ROOT,
          "log: %.1f MB, %d samples (%d degenerate), %d problems%n",
          megabytes,
          m.samples(),
          m.degenerate(),
          m.problems());
      out.printf(
          Locale.ROOT,
          "threads: %d, max heap: %d MB%n",
          threads,
          Runtime.getRuntime().maxMemory() >> 20);
      out.printf(
          Locale.ROOT,
          "time: %.2f s; throughput: %.1f MB/s, %.0f samples/s; peak heap in use: %.1f MB%n",
          m.seconds(),
          megabytes / m.seconds(),
          m.samples() / m.seconds(),
          m.peakHeapBytes() / 1048576.0);
      return 0;
    } finally {
      if (log == null) {
        Files.deleteIfExists(file);
      }
    }
  }

  private Integer previewBench() throws IOException {
    if (threads < 1 || threads > BuildOptions.MAX_THREADS) {
      throw new ParameterException(
          spec.commandLine(),
          "--threads: expected a whole number from 1 to "
              + BuildOptions.MAX_THREADS
              + ", got "
              + threads);
    }
    if (root == null && (evals < 1 || evals > 10_000 || versions < 4 || versions > 1_000)) {
      throw new ParameterException(
          spec.commandLine(),
          "--evals: expected 1 to 10000 and --versions 4 to 1000, got "
              + evals
              + " and "
              + versions);
    }
    var out = spec.commandLine().getOut();
    Path scratch = Files.createTempDirectory("evalpress-bench-preview");
    try {
      Path source = root;
      if (source == null) {
        source = scratch.resolve("corpus");
        LabCorpus.write(source, evals, versions);
        out.printf(Locale.ROOT, "generated a site of %d evals x %d versions%n", evals, versions);
      }
      PreviewBenchmark.Timings t =
          PreviewBenchmark.measure(
              source, scratch.resolve("work"), BuildOptions.defaults().withThreads(threads), 7);
      out.printf(
          Locale.ROOT,
          "pages: %d (%d HTML, %.1f MB); threads: %d%n",
          t.pages(),
          t.htmlPages(),
          t.htmlBytes() / 1048576.0,
          threads);
      out.printf(Locale.ROOT, "first build: %.0f ms%n", t.fullMillis());
      out.printf(
          Locale.ROOT, "prose edit -> site updated: %.0f ms (median of 7)%n", t.proseMillis());
      t.resultsMillis()
          .ifPresent(
              ms ->
                  out.printf(
                      Locale.ROOT, "result edit -> site updated: %.0f ms (median of 7)%n", ms));
      for (PreviewBenchmark.PageSize page : t.largest()) {
        out.printf(Locale.ROOT, "largest page: %s %.1f KB%n", page.path(), page.bytes() / 1024.0);
      }
      return 0;
    } finally {
      try (var walk = Files.walk(scratch)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
