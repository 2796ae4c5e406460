package dev.evalpress.cli;

import dev.evalpress.bench.ChartCorpus;
import dev.evalpress.bench.HugoSite;
import dev.evalpress.bench.LabCorpus;
import dev.evalpress.bench.Measurement;
import dev.evalpress.bench.PairedRuns;
import dev.evalpress.bench.ProseCorpus;
import dev.evalpress.bench.RunFigures;
import dev.evalpress.bench.TimedProcess;
import dev.evalpress.render.chart.ChartSize;
import dev.evalpress.render.chart.Curve;
import dev.evalpress.render.chart.CurvePoint;
import dev.evalpress.render.chart.SvgChartRenderer;
import dev.evalpress.render.chart.TrainingChartData;
import dev.evalpress.render.chart.ValueScale;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * The comparison modes of {@code evalpress bench}: evalpress against Hugo on a prose corpus and
 * against matplotlib on a chart corpus, at one size or a ladder of sizes ({@code --scaling}, with a
 * CSV and a chart drawn by evalpress's own chart code), and {@code check} and {@code build} on one
 * eval measured on many models. Every tool runs as a child process, evalpress as {@code java -jar
 * <jar> build}, so each pays its own start-up.
 */
final class CorpusBench {

  /** The prose sizes of {@code --scaling}, in reports. */
  static final List<String> PROSE_LADDER = List.of("250", "500", "1000", "2000", "4000", "8000");

  /** The chart sizes of {@code --scaling}, as evals × versions. */
  static final List<String> CHARTS_LADDER = List.of("50x8", "100x8", "200x8", "400x8", "400x33");

  /** The standard ladder of sizes of {@code corpus}. */
  static List<String> ladder(String corpus) {
    return corpus.equals("prose") ? PROSE_LADDER : CHARTS_LADDER;
  }

  /** The tools a run needs; {@code other} is empty when Hugo or matplotlib is missing. */
  record Tools(List<String> evalpress, Optional<List<String>> other, String otherName) {}

  /** One size measured: medians of both tools ({@code other} empty if it was skipped). */
  record Row(
      String size,
      double x,
      double evalpressSeconds,
      OptionalDouble evalpressRss,
      OptionalDouble otherSeconds,
      OptionalDouble otherRss) {}

  private final PrintWriter out;
  private final Path work;
  private final int runs;

  CorpusBench(PrintWriter out, Path work, int runs) {
    this.out = out;
    this.work = work;
    this.runs = runs;
  }

  /** Builds {@code pages} prose reports with evalpress and Hugo and prints the comparison. */
  Row prose(Tools tools, int pages) throws IOException, InterruptedException {
    Path dir = fresh("prose-" + pages);
    Path root = dir.resolve("evalpress");
    ProseCorpus.write(root, pages);
    long bytes = markdownBytes(root.resolve("content"));
    out.printf(
        Locale.ROOT,
        "prose: %d reports, %.1f MB of Markdown (%.1f KB each on average) in %s%n",
        pages,
        bytes / 1048576.0,
        bytes / 1024.0 / pages,
        dir);
    PairedRuns.Tool evalpress = evalpressTool(tools, root, "build");
    Optional<PairedRuns.Tool> hugo = Optional.empty();
    if (tools.other().isPresent()) {
      Path site = dir.resolve("hugo");
      HugoSite.write(site, root.resolve("content"));
      hugo =
          Optional.of(
              new PairedRuns.Tool("hugo", tools.other().get(), site, site.resolve("public")));
    }
    Row row = measure(String.valueOf(pages), pages, evalpress, hugo, dir);
    long built = HugoSite.reportPages(root.resolve("site"));
    check(built == pages, "evalpress wrote " + built + " report pages, expected " + pages);
    if (hugo.isPresent()) {
      long hugoPages = HugoSite.reportPages(hugo.get().output());
      check(hugoPages == pages, "hugo wrote " + hugoPages + " report pages, expected " + pages);
      out.printf(Locale.ROOT, "pages checked: evalpress %d, hugo %d reports%n", built, hugoPages);
    } else {
      out.printf(Locale.ROOT, "pages checked: evalpress %d reports%n", built);
    }
    table(row, "hugo");
    if (row.otherSeconds().isPresent()) {
      double time = RunFigures.ratio(row.evalpressSeconds(), row.otherSeconds().getAsDouble());
      out.printf(
          Locale.ROOT,
          "goal: wall time <= 1.0x Hugo's: %s (%.2fx)%n",
          time <= 1.0 ? "met" : "NOT met",
          time);
      if (row.evalpressRss().isPresent() && row.otherRss().isPresent()) {
        double rss =
            RunFigures.ratio(row.evalpressRss().getAsDouble(), row.otherRss().getAsDouble());
        out.printf(
            Locale.ROOT,
            "goal: peak RSS <= Hugo's: %s (%.2fx)%n",
            rss <= 1.0 ? "met" : "NOT met",
            rss);
      }
    }
    return row;
  }

  /**
   * Builds {@code evals} × {@code versions} × 4 conditions with evalpress, draws the same trend
   * charts with matplotlib, and prints the comparison.
   */
  Row charts(Tools tools, int evals, int versions) throws IOException, InterruptedException {
    Path dir = fresh("charts-" + evals + "x" + versions);
    Path root = dir.resolve("evalpress");
    Path csv = dir.resolve("matplotlib-data");
    int files = ChartCorpus.write(root, csv, evals, versions);
    out.printf(
        Locale.ROOT,
        "charts: %d evals x %d versions x %d conditions, %d result files, in %s%n",
        evals,
        versions,
        ChartCorpus.CONDITIONS,
        files,
        dir);
    PairedRuns.Tool evalpress = evalpressTool(tools, root, "build");
    Optional<PairedRuns.Tool> matplotlib = Optional.empty();
    Path svgs = dir.resolve("matplotlib-svg");
    if (tools.other().isPresent()) {
      Path script = dir.resolve("trend_charts.py");
      try (InputStream in = CorpusBench.class.getResourceAsStream(ChartCorpus.MATPLOTLIB_SCRIPT)) {
        Files.copy(in, script);
      }
      List<String> command = new ArrayList<>(tools.other().get());
      command.addAll(List.of(script.toString(), csv.toString(), svgs.toString()));
      matplotlib = Optional.of(new PairedRuns.Tool("matplotlib", command, dir, svgs));
    }
    Row row =
        measure(evals + "x" + versions, (double) evals * versions, evalpress, matplotlib, dir);
    long evalPages = evalPages(root.resolve("site"));
    check(evalPages == evals, "evalpress wrote " + evalPages + " eval pages, expected " + evals);
    if (matplotlib.isPresent()) {
      long charts = count(svgs, ".svg");
      check(charts == evals, "matplotlib wrote " + charts + " SVG charts, expected " + evals);
      out.printf(
          Locale.ROOT,
          "checked: evalpress %d eval pages (one trend chart each), matplotlib %d SVG charts%n",
          evalPages,
          charts);
    } else {
      out.printf(Locale.ROOT, "checked: evalpress %d eval pages%n", evalPages);
    }
    table(row, "matplotlib");
    if (row.otherSeconds().isPresent()) {
      double time = RunFigures.ratio(row.evalpressSeconds(), row.otherSeconds().getAsDouble());
      out.printf(
          Locale.ROOT,
          "goal: whole evalpress build <= 0.1x matplotlib's time for the charts alone: %s (%.2fx)%n",
          time <= 0.1 ? "met" : "NOT met",
          time);
    }
    return row;
  }

  /** Times {@code check} and {@code build} of one eval measured on {@code models} versions. */
  void models(Tools tools, int models) throws IOException, InterruptedException {
    Path dir = fresh("models-" + models);
    Path root = dir.resolve("evalpress");
    LabCorpus.write(root, 1, models);
    out.printf(Locale.ROOT, "models: 1 eval measured on %d model versions, in %s%n", models, dir);
    PairedRuns.Result r =
        PairedRuns.alternate(
            evalpressTool(tools, root, "check"),
            evalpressTool(tools, root, "build"),
            runs,
            dir.resolve("runs.log"),
            out::println);
    out.printf(Locale.ROOT, "%-16s %12s %12s%n", "median of " + runs, "check", "build");
    out.printf(
        Locale.ROOT,
        "%-16s %12s %12s%n",
        "wall time",
        seconds(RunFigures.medianSeconds(r.first())),
        seconds(RunFigures.medianSeconds(r.second())));
    out.printf(
        Locale.ROOT,
        "%-16s %12s %12s%n",
        "peak RSS",
        megabytes(RunFigures.medianPeakRss(r.first())),
        megabytes(RunFigures.medianPeakRss(r.second())));
    out.println(RSS_NOTE);
    if (models >= 100_000) {
      double check = RunFigures.medianSeconds(r.first());
      double build = RunFigures.medianSeconds(r.second());
      out.printf(
          Locale.ROOT,
          "goal: 100,000 models in under a minute: check %s (%.1f s), build %s (%.1f s)%n",
          check < 60 ? "met" : "NOT met",
          check,
          build < 60 ? "met" : "NOT met",
          build);
    } else {
      out.println("goal (issue 17): 100,000 models in under a minute (run with --models 100000)");
    }
  }

  /**
   * Runs the prose or chart corpus at each of {@code sizes} and writes {@code scaling-<corpus>.csv}
   * and {@code .svg}.
   */
  List<Row> scaling(String corpus, List<String> sizes, Tools tools, Path outFolder)
      throws IOException, InterruptedException {
    List<Row> rows = new ArrayList<>();
    for (String size : sizes) {
      if (corpus.equals("prose")) {
        rows.add(prose(tools, Integer.parseInt(size)));
      } else {
        int x = size.indexOf('x');
        rows.add(
            charts(
                tools,
                Integer.parseInt(size.substring(0, x)),
                Integer.parseInt(size.substring(x + 1))));
      }
      out.println();
    }
    Files.createDirectories(outFolder);
    Path csv = outFolder.resolve("scaling-" + corpus + ".csv");
    Files.writeString(csv, csv(rows, tools.otherName()), StandardCharsets.UTF_8);
    Path svg = outFolder.resolve("scaling-" + corpus + ".svg");
    Files.writeString(svg, chart(corpus, rows, tools.otherName()), StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "wrote %s and %s%n", csv, svg);
    return rows;
  }

  /** The scaling figures as CSV: one line per size, medians of both tools. */
  static String csv(List<Row> rows, String other) {
    StringBuilder s =
        new StringBuilder(
            "size,x,evalpress_seconds,"
                + other
                + "_seconds,ratio,evalpress_peak_rss_mb,"
                + other
                + "_peak_rss_mb\n");
    for (Row r : rows) {
      s.append(r.size())
          .append(',')
          .append(number(r.x()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", r.evalpressSeconds()))
          .append(',')
          .append(optional(r.otherSeconds(), 1, "%.3f"))
          .append(',')
          .append(
              r.otherSeconds().isPresent()
                  ? String.format(
                      Locale.ROOT,
                      "%.3f",
                      RunFigures.ratio(r.evalpressSeconds(), r.otherSeconds().getAsDouble()))
                  : "")
          .append(',')
          .append(optional(r.evalpressRss(), 1048576.0, "%.0f"))
          .append(',')
          .append(optional(r.otherRss(), 1048576.0, "%.0f"))
          .append('\n');
    }
    return s.toString();
  }

  /**
   * The scaling chart: median wall time against corpus size, one line per tool, drawn by
   * evalpress's chart renderer (linear axes, so linear growth shows as a straight line).
   */
  static String chart(String corpus, List<Row> rows, String other) {
    List<CurvePoint> ours = new ArrayList<>();
    List<CurvePoint> theirs = new ArrayList<>();
    for (Row r : rows) {
      ours.add(new CurvePoint(r.x(), r.evalpressSeconds(), Double.NaN, Double.NaN));
      r.otherSeconds().ifPresent(s -> theirs.add(new CurvePoint(r.x(), s, Double.NaN, Double.NaN)));
    }
    List<Curve> curves = new ArrayList<>();
    curves.add(new Curve("evalpress (whole build)", ours, List.of()));
    if (!theirs.isEmpty()) {
      curves.add(
          new Curve(
              corpus.equals("prose") ? "Hugo" : "matplotlib (charts alone)", theirs, List.of()));
    }
    String x =
        corpus.equals("prose")
            ? "Reports (prose, 5-8 KB each)"
            : "Evals x versions (4 conditions each)";
    return new SvgChartRenderer()
        .render(
            new TrainingChartData(x, "Median wall time (s)", ValueScale.NUMBER, curves),
            "scaling-" + corpus,
            ChartSize.WIDE);
  }

  /**
   * The tools: evalpress as {@code java -jar jar}; Hugo or a Python that imports matplotlib (for
   * {@code corpus} prose or charts) at the given path or found on PATH (and, for Python, at {@code
   * /usr/bin/python3}), or empty with a line saying why.
   */
  static Tools tools(
      String corpus,
      Path java,
      Path jar,
      Optional<Path> hugo,
      Optional<Path> python,
      PrintWriter out)
      throws InterruptedException {
    List<String> evalpress = List.of(java.toString(), "-jar", jar.toString());
    if (corpus.equals("prose")) {
      Optional<Path> found = hugo.isPresent() ? hugo : onPath("hugo");
      if (found.isEmpty() || !Files.isExecutable(found.get())) {
        out.println(
            "hugo: not found"
                + (hugo.isPresent() ? " at " + hugo.get() : " on PATH")
                + "; Hugo's runs are skipped (install Debian's hugo, or pass --hugo PATH)");
        return new Tools(evalpress, Optional.empty(), "hugo");
      }
      out.println("hugo: " + found.get() + " (" + firstLine(found.get(), "version") + ")");
      return new Tools(evalpress, Optional.of(List.of(found.get().toString(), "--quiet")), "hugo");
    }
    if (corpus.equals("charts")) {
      List<Path> candidates = new ArrayList<>();
      if (python.isPresent()) {
        candidates.add(python.get());
      } else {
        onPath("python3").ifPresent(candidates::add);
        candidates.add(Path.of("/usr/bin/python3"));
      }
      for (Path p : candidates) {
        if (Files.isExecutable(p) && importsMatplotlib(p)) {
          out.println("matplotlib: " + p + " (matplotlib " + matplotlibVersion(p) + ")");
          return new Tools(evalpress, Optional.of(List.of(p.toString())), "matplotlib");
        }
      }
      out.println(
          "matplotlib: no python3 that can import matplotlib ("
              + String.join(", ", candidates.stream().map(Path::toString).toList())
              + "); matplotlib's runs are skipped (install Debian's python3-matplotlib, or pass"
              + " --python PATH)");
      return new Tools(evalpress, Optional.empty(), "matplotlib");
    }
    return new Tools(evalpress, Optional.empty(), "");
  }

  /** The first executable {@code name} in the folders of PATH. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String folder : path.split(java.io.File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(folder, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean importsMatplotlib(Path python) throws InterruptedException {
    return !matplotlibVersion(python).isEmpty();
  }

  private static String matplotlibVersion(Path python) throws InterruptedException {
    return firstLine(python, "-c", "import matplotlib; print(matplotlib.__version__)");
  }

  /** The first line {@code program args} prints, or "" if it fails. */
  private static String firstLine(Path program, String... args) throws InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(program.toString());
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        return "";
      }
      return text.lines().findFirst().orElse("").trim();
    } catch (IOException e) {
      return "";
    }
  }

  static final String RSS_NOTE =
      "(peak RSS: VmHWM of the process and each of its descendants, summed, polled every 10 ms;"
          + " the last read before each exits is its figure)";

  private Row measure(
      String size, double x, PairedRuns.Tool evalpress, Optional<PairedRuns.Tool> other, Path dir)
      throws IOException, InterruptedException {
    Path log = dir.resolve("runs.log");
    if (other.isPresent()) {
      PairedRuns.Result r = PairedRuns.alternate(evalpress, other.get(), runs, log, out::println);
      return new Row(
          size,
          x,
          RunFigures.medianSeconds(r.first()),
          RunFigures.medianPeakRss(r.first()),
          OptionalDouble.of(RunFigures.medianSeconds(r.second())),
          RunFigures.medianPeakRss(r.second()));
    }
    PairedRuns.once(evalpress, log, out::println, "warm-up");
    List<Measurement> ours = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      ours.add(PairedRuns.once(evalpress, log, out::println, "run " + i + "/" + runs));
    }
    return new Row(
        size,
        x,
        RunFigures.medianSeconds(ours),
        RunFigures.medianPeakRss(ours),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  private void table(Row row, String other) {
    boolean both = row.otherSeconds().isPresent();
    out.printf(
        Locale.ROOT,
        "%-16s %12s %12s %8s%n",
        "median of " + runs,
        "evalpress",
        both ? other : "",
        both ? "ratio" : "");
    out.printf(
        Locale.ROOT,
        "%-16s %12s %12s %8s%n",
        "wall time",
        seconds(row.evalpressSeconds()),
        both ? seconds(row.otherSeconds().getAsDouble()) : "",
        both
            ? ratio(RunFigures.ratio(row.evalpressSeconds(), row.otherSeconds().getAsDouble()))
            : "");
    boolean rss = row.evalpressRss().isPresent() && row.otherRss().isPresent();
    out.printf(
        Locale.ROOT,
        "%-16s %12s %12s %8s%n",
        "peak RSS",
        megabytes(row.evalpressRss()),
        both ? megabytes(row.otherRss()) : "",
        rss
            ? ratio(
                RunFigures.ratio(row.evalpressRss().getAsDouble(), row.otherRss().getAsDouble()))
            : "");
    out.println(RSS_NOTE);
  }

  private static PairedRuns.Tool evalpressTool(Tools tools, Path root, String command) {
    List<String> line = new ArrayList<>(tools.evalpress());
    line.add(command);
    return new PairedRuns.Tool(
        "evalpress " + command,
        line,
        root,
        command.equals("build") ? root.resolve("site") : root.resolve("no-output"));
  }

  /** {@code work/name}, emptied first: a corpus is always written from scratch. */
  private Path fresh(String name) throws IOException {
    Path dir = work.resolve(name);
    PairedRuns.deleteTree(dir);
    return Files.createDirectories(dir);
  }

  private static void check(boolean ok, String message) throws IOException {
    if (!ok) {
      throw new TimedProcess.Failed(message);
    }
  }

  private static long markdownBytes(Path content) throws IOException {
    try (Stream<Path> files = Files.list(content)) {
      long total = 0;
      for (Path p : files.toList()) {
        total += Files.size(p);
      }
      return total;
    }
  }

  /** Eval pages of an evalpress site: {@code evals/<suite>/<task>/index.html}. */
  static long evalPages(Path site) throws IOException {
    Path evals = site.resolve("evals");
    if (!Files.isDirectory(evals)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(evals)) {
      return walk.filter(p -> p.getFileName().toString().equals("index.html"))
          .filter(p -> evals.relativize(p).getNameCount() == 3)
          .count();
    }
  }

  private static long count(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
    }
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%.2f s", s);
  }

  private static String megabytes(OptionalDouble bytes) {
    return bytes.isPresent()
        ? String.format(Locale.ROOT, "%.0f MB", bytes.getAsDouble() / 1048576.0)
        : "n/a";
  }

  private static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2fx", r);
  }

  private static String number(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }

  private static String optional(OptionalDouble v, double divisor, String format) {
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble() / divisor) : "";
  }
}
