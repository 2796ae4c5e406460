package dev.evalpress.cli;

import dev.evalpress.bench.LabCorpus;
import dev.evalpress.bench.PairedRuns;
import dev.evalpress.bench.TimedProcess;
import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.PreviewBenchmark;
import dev.evalpress.build.SampleLogBenchmark;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        "Measure sample-log ingestion (with degeneration detection) on a synthetic log; with --preview"
            + " the preview's builds; with --corpus prose|charts evalpress against Hugo or"
            + " matplotlib; with --models check and build of one eval on many models.")
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
      description =
          "With --preview (and no --root) or --corpus charts: evals of the generated site (default:"
              + " 200).")
  Integer evals;

  @Option(
      names = "--versions",
      paramLabel = "N",
      description =
          "With --preview (and no --root) or --corpus charts: model versions of the generated site"
              + " (default: 33 for --preview, 8 for --corpus charts).")
  Integer versions;

  @Option(
      names = "--corpus",
      paramLabel = "KIND",
      description =
          "Compare with other tools instead: 'prose' (reports built by evalpress and by Hugo) or"
              + " 'charts' (a chart site built by evalpress, the same trend charts drawn by"
              + " matplotlib).")
  String corpus;

  @Option(
      names = "--pages",
      paramLabel = "N",
      description = "With --corpus prose: reports in the corpus, 1 to 100000 (default: 2000).")
  Integer pages;

  @Option(
      names = "--models",
      paramLabel = "N",
      description =
          "Time 'check' and 'build' of one eval measured on N model versions (4 to 1000000).")
  Integer models;

  @Option(
      names = "--scaling",
      description =
          "With --corpus: run a ladder of sizes (prose: 250 to 8000 reports; charts: 50x8 to"
              + " 400x33) and write scaling-KIND.csv and scaling-KIND.svg into --out.")
  boolean scaling;

  @Option(
      names = "--sizes",
      paramLabel = "LIST",
      split = ",",
      description =
          "With --scaling: the sizes to run instead of the standard ladder, e.g. 250,500 (prose) or"
              + " 50x8,100x8 (charts).")
  List<String> sizes;

  @Option(
      names = "--runs",
      paramLabel = "K",
      description =
          "With --corpus or --models: timed runs of each tool after one warm-up run, 1 to 100"
              + " (default: 5; 3 with --scaling).")
  Integer runs;

  @Option(
      names = "--jar",
      paramLabel = "FILE",
      description =
          "With --corpus or --models: the evalpress jar to run as 'java -jar FILE' (default: the"
              + " running one).")
  Path jar;

  @Option(
      names = "--hugo",
      paramLabel = "PATH",
      description = "With --corpus prose: the hugo program (default: hugo on PATH).")
  Path hugo;

  @Option(
      names = "--python",
      paramLabel = "PATH",
      description =
          "With --corpus charts: a python3 that can import matplotlib (default: python3 on PATH,"
              + " then /usr/bin/python3).")
  Path python;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "With --corpus or --models: where to write the corpora and outputs, kept afterwards"
              + " (default: a temporary folder, deleted afterwards).")
  Path work;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "With --scaling: where to write the CSV and the chart (default: .).")
  Path outFolder;

  @Override
  public Integer call() throws Exception {
    checkModes();
    if (preview) {
      return previewBench();
    }
    if (corpus != null || models != null) {
      return corpusBench();
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

  /** One mode at a time, each with its own options, and every number in its range. */
  private void checkModes() {
    int modes = (preview ? 1 : 0) + (corpus != null ? 1 : 0) + (models != null ? 1 : 0);
    if (modes > 1) {
      usage("--preview, --corpus and --models are different benchmarks: choose one");
    }
    if (corpus != null && !corpus.equals("prose") && !corpus.equals("charts")) {
      usage("--corpus: expected 'prose' or 'charts', got '" + corpus + "'");
    }
    boolean charts = "charts".equals(corpus);
    boolean compare = corpus != null || models != null;
    if (pages != null && !"prose".equals(corpus)) {
      usage("--pages: only with --corpus prose");
    }
    if ((evals != null || versions != null) && !(preview || charts)) {
      usage("--evals and --versions: only with --preview or --corpus charts");
    }
    if (scaling && corpus == null) {
      usage("--scaling: only with --corpus prose or --corpus charts");
    }
    if (scaling && (pages != null || evals != null || versions != null)) {
      usage("--scaling runs its own ladder of sizes: leave out --pages, --evals and --versions");
    }
    if (sizes != null && !scaling) {
      usage("--sizes: only with --scaling");
    }
    if (sizes != null) {
      for (String size : sizes) {
        boolean ok =
            "prose".equals(corpus)
                ? size.matches("[1-9][0-9]{0,5}") && Integer.parseInt(size) <= 100_000
                : size.matches("[1-9][0-9]{0,4}x[1-9][0-9]{0,3}")
                    && Integer.parseInt(size.substring(0, size.indexOf('x'))) <= 10_000
                    && Integer.parseInt(size.substring(size.indexOf('x') + 1)) >= 4
                    && Integer.parseInt(size.substring(size.indexOf('x') + 1)) <= 1_000;
        if (!ok) {
          usage(
              "--sizes: expected "
                  + ("prose".equals(corpus)
                      ? "report counts from 1 to 100000"
                      : "EVALSxVERSIONS, evals 1 to 10000 and versions 4 to 1000")
                  + ", got '"
                  + size
                  + "'");
        }
      }
    }
    if (outFolder != null && !scaling) {
      usage("--out: only with --scaling");
    }
    if (!compare && (runs != null || jar != null || work != null)) {
      usage("--runs, --jar and --work: only with --corpus or --models");
    }
    if (hugo != null && !"prose".equals(corpus)) {
      usage("--hugo: only with --corpus prose");
    }
    if (python != null && !charts) {
      usage("--python: only with --corpus charts");
    }
    range("--pages", pages, 1, 100_000);
    range("--evals", evals, 1, 10_000);
    range("--versions", versions, 4, 1_000);
    range("--models", models, 4, 1_000_000);
    range("--runs", runs, 1, 100);
  }

  private void range(String option, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      usage(option + ": expected a whole number from " + min + " to " + max + ", got " + value);
    }
  }

  private void usage(String message) {
    throw new ParameterException(spec.commandLine(), message);
  }

  private Integer corpusBench() throws IOException, InterruptedException {
    var out = spec.commandLine().getOut();
    Path evalpressJar = jar != null ? jar : runningJar();
    if (!Files.isRegularFile(evalpressJar)) {
      usage("--jar: no such file: " + evalpressJar);
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    CorpusBench.Tools tools =
        CorpusBench.tools(
            corpus == null ? "models" : corpus,
            java,
            evalpressJar.toAbsolutePath(),
            Optional.ofNullable(hugo),
            Optional.ofNullable(python),
            out);
    out.println("evalpress: " + java + " -jar " + evalpressJar.toAbsolutePath());
    Path folder =
        work != null
            ? Files.createDirectories(work).toAbsolutePath()
            : Files.createTempDirectory("evalpress-bench-corpus");
    int k = runs != null ? runs : scaling ? 3 : 5;
    CorpusBench bench = new CorpusBench(out, folder, k);
    boolean failed = true;
    try {
      if (models != null) {
        bench.models(tools, models);
      } else if (scaling) {
        bench.scaling(
            corpus,
            sizes != null ? sizes : CorpusBench.ladder(corpus),
            tools,
            outFolder != null ? outFolder : Path.of("."));
      } else if (corpus.equals("prose")) {
        bench.prose(tools, pages != null ? pages : 2000);
      } else {
        bench.charts(tools, evals != null ? evals : 200, versions != null ? versions : 8);
      }
      failed = false;
      return 0;
    } catch (TimedProcess.Failed e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return ErrorReporter.BAD_INPUT;
    } finally {
      if (work == null) {
        if (failed) {
          out.println("kept " + folder + " for its runs.log");
        } else {
          PairedRuns.deleteTree(folder);
        }
      }
    }
  }

  /** The jar this command runs from; a usage error when it runs from classes (pass --jar). */
  private Path runningJar() {
    try {
      Path self =
          Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(self) && self.toString().endsWith(".jar")) {
        return self;
      }
    } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
      // fall through to the usage error
    }
    usage("evalpress is not running from its jar: pass --jar generator/target/evalpress.jar");
    return null;
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
    int evals = this.evals == null ? 200 : this.evals;
    int versions = this.versions == null ? 33 : this.versions;
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
