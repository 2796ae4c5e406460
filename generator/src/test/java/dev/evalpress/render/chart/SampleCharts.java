package dev.evalpress.render.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Realistic sample data for tests, and a manual check: {@code main} writes sample SVGs to a
 * directory (default /tmp/charts) so they can be opened in a browser and looked at.
 */
final class SampleCharts {

  static final String[] MODELS = {
    "Claude 3 Opus", "Claude 3.5 Sonnet", "Claude 3.7 Sonnet", "Claude Sonnet 4",
    "Claude Opus 4", "Claude Opus 4.1", "Claude Sonnet 4.5", "Claude Haiku 4.5",
  };
  private static final double[] RATES = {0.96, 0.80, 0.65, 0.47, 0.55, 0.31, 0.09, 0.12};

  /** Versions of three families in release order, interleaved as on a real eval page. */
  static final String[][] FAMILY_MODELS = {
    {"Claude", "Claude 3 Opus"},
    {"GPT", "GPT-4o"},
    {"Claude", "Claude 3.5 Sonnet"},
    {"Gemini", "Gemini 2.0 Flash"},
    {"Claude", "Claude 3.7 Sonnet"},
    {"Gemini", "Gemini 2.5 Pro"},
    {"GPT", "GPT-4.1"},
    {"Claude", "Claude Opus 4"},
    {"GPT", "GPT-5"},
    {"Claude", "Claude Sonnet 4.5"},
  };

  private static final double[] FAMILY_RATES = {
    0.96, 0.72, 0.80, 0.58, 0.65, 0.41, 0.50, 0.55, 0.22, 0.09
  };
  private static final int N = 200;

  private SampleCharts() {}

  /** A Wilson 95% interval around k/n (what the analysis package computes). */
  static IntervalValue wilson(String label, double p, int n) {
    double z = 1.959963984540054;
    double denom = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
    return new IntervalValue(label, p, Math.max(0, centre - half), Math.min(1, centre + half));
  }

  static List<IntervalValue> versions() {
    List<IntervalValue> values = new ArrayList<>();
    for (int i = 0; i < MODELS.length; i++) {
      values.add(wilson(MODELS[i], RATES[i], N));
    }
    return values;
  }

  static BarChartData bar() {
    return new BarChartData("Blackmail rate", ValueScale.PROPORTION, versions());
  }

  /** The metric of three model families (Claude, GPT, Gemini) in release order. */
  static TrendChartData trend() {
    List<IntervalValue> values = new ArrayList<>();
    List<String> families = new ArrayList<>();
    for (int i = 0; i < FAMILY_MODELS.length; i++) {
      families.add(FAMILY_MODELS[i][0]);
      values.add(wilson(FAMILY_MODELS[i][1], FAMILY_RATES[i], N));
    }
    return new TrendChartData("Blackmail rate", ValueScale.PROPORTION, values, families);
  }

  /** One family only: the Claude versions of {@link #versions()}. */
  static TrendChartData singleFamilyTrend() {
    return oneSeries("Blackmail rate", ValueScale.PROPORTION, versions());
  }

  /** A trend whose values all belong to one series, "Claude". */
  static TrendChartData oneSeries(String valueLabel, ValueScale scale, List<IntervalValue> values) {
    return new TrendChartData(
        valueLabel, scale, values, Collections.nCopies(values.size(), "Claude"));
  }

  static TrainingChartData training(boolean smoothed) {
    List<Curve> curves = new ArrayList<>();
    String[] runs = {"run-a (baseline)", "run-b (+harmlessness data)", "run-c (+RLAIF)"};
    for (int c = 0; c < runs.length; c++) {
      List<CurvePoint> raw = new ArrayList<>();
      List<CurvePoint> ema = new ArrayList<>();
      double s = Double.NaN;
      for (int step = 0; step <= 10_000; step += 250) {
        double t = step / 10_000.0;
        double base = 0.6 * Math.exp(-t * (1.5 + c)) + 0.05 * c;
        double noise = 0.06 * Math.sin(step * 0.0131 * (c + 1)) * Math.cos(step * 0.0007);
        double p = Math.min(1, Math.max(0, base + noise));
        IntervalValue w = wilson("", p, 100);
        raw.add(new CurvePoint(step, p, w.lower(), w.upper()));
        s = Double.isNaN(s) ? p : 0.7 * s + 0.3 * p;
        ema.add(new CurvePoint(step, s, Double.NaN, Double.NaN));
      }
      curves.add(new Curve(runs[c], raw, smoothed ? ema : List.of()));
    }
    return new TrainingChartData("Training step", "Blackmail rate", ValueScale.PROPORTION, curves);
  }

  /** The conditions of an agentic-misalignment eval, as {@code Condition.label()} writes them. */
  static final String[] CONDITIONS = {
    "goal=explicit-america, urgency=replacement", "goal=explicit-america, urgency=restriction",
    "goal=none, urgency=replacement", "goal=none, urgency=restriction",
  };

  /** Blackmail rates of nine versions (rows) under {@link #CONDITIONS}; NaN: not run. */
  private static final double[][] HEATMAP_RATES = {
    {0.96, 0.88, 0.86, 0.55},
    {0.80, 0.72, 0.65, 0.41},
    {0.65, 0.51, 0.47, 0.22},
    {0.47, 0.38, 0.31, 0.12},
    {0.55, 0.43, Double.NaN, 0.18},
    {0.31, 0.24, 0.16, 0.065},
    {0.09, 0.05, 0.03, 0.01},
    {0.12, 0.08, 0.045, 0.0},
    {0.02, 0.015, 0.005, 0.0},
  };

  /** Nine model versions × four conditions, from 0% to 96%, with one cell not run. */
  static HeatmapChartData heatmap() {
    List<String> rows = new ArrayList<>(List.of(MODELS));
    rows.add("Claude Opus 4.5");
    List<List<Double>> values = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    for (double[] rates : HEATMAP_RATES) {
      List<Double> row = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (double rate : rates) {
        row.add(rate);
        text.add(Double.isNaN(rate) ? "" : percent(rate));
      }
      values.add(row);
      labels.add(text);
    }
    return new HeatmapChartData(
        "Blackmail rate", ValueScale.PROPORTION, rows, List.of(CONDITIONS), values, labels);
  }

  /** A heatmap with the same {@code value} and label in every cell. */
  static HeatmapChartData uniformHeatmap(int rows, int columns, double value, String label) {
    List<String> rowNames = new ArrayList<>();
    List<String> columnNames = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      columnNames.add("condition " + (c + 1));
    }
    List<List<Double>> values = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      rowNames.add("Model " + (r + 1));
      values.add(Collections.nCopies(columns, value));
      labels.add(Collections.nCopies(columns, label));
    }
    return new HeatmapChartData(
        "Rate", ValueScale.PROPORTION, rowNames, columnNames, values, labels);
  }

  /** "96%", "6.5%", "0%": how the report formats rates. */
  static String percent(double rate) {
    java.math.BigDecimal pct =
        java.math.BigDecimal.valueOf(rate * 100)
            .setScale(1, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return (pct.scale() <= 0 ? pct.setScale(0, java.math.RoundingMode.UNNECESSARY) : pct)
            .toPlainString()
        + "%";
  }

  /** Writes the samples as SVG files into {@code args[0]} (default /tmp/charts). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/charts");
    Files.createDirectories(dir);
    SvgChartRenderer r = new SvgChartRenderer();
    List<IntervalValue> small =
        List.of(
            wilson("Claude Opus 4", 0.012, 500),
            wilson("Claude Opus 4.1", 0.004, 500),
            wilson("Claude Sonnet 4.5", 0.0, 500));
    List<IntervalValue> hostile =
        List.of(
            wilson("<script>alert(1)</script> & \"x\" ]]>", 0.5, 50),
            wilson("AT&amp;T \u0001 model", 0.3, 50));
    write(dir, "bar", r.render(bar(), "bar"));
    write(
        dir,
        "bar-small",
        r.render(new BarChartData("Blackmail rate", ValueScale.PROPORTION, small), "s"));
    write(
        dir,
        "bar-hostile",
        r.render(new BarChartData("Rate & \"more\"", ValueScale.PROPORTION, hostile), "h"));
    write(
        dir,
        "bar-empty",
        r.render(new BarChartData("Blackmail rate", ValueScale.PROPORTION, List.of()), "e"));
    write(dir, "trend", r.render(trend(), "trend"));
    write(dir, "trend-single", r.render(singleFamilyTrend(), "trend-single"));
    List<IntervalValue> many = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      many.add(
          wilson(
              "Claude "
                  + (i % 2 == 0 ? "Sonnet" : "Opus")
                  + " 4."
                  + i
                  + " (2025-0"
                  + (i % 9 + 1)
                  + " snapshot)",
              0.05 + 0.07 * i,
              300));
    }
    write(
        dir,
        "bar-many",
        r.render(new BarChartData("Blackmail rate", ValueScale.PROPORTION, many), "m"));
    List<IntervalValue> numbers =
        List.of(
            new IntervalValue("v1", -1.5, -2.1, -0.8),
            new IntervalValue("v2", 0.4, -0.2, 1.1),
            new IntervalValue("v3", 2.75, 2.0, 3.6),
            new IntervalValue("v4", 1234.5, 1200, 1300));
    write(
        dir,
        "trend-number",
        r.render(oneSeries("Mean score", ValueScale.NUMBER, numbers.subList(0, 3)), "n"));
    write(
        dir, "bar-number", r.render(new BarChartData("Tokens", ValueScale.NUMBER, numbers), "bn"));
    write(dir, "training", r.render(training(true), "training"));
    write(dir, "training-raw", r.render(training(false), "training-raw"));
    write(dir, "heatmap", r.render(heatmap(), "heatmap"));
    write(dir, "heatmap-small", r.render(smallHeatmap(), "hs"));
    write(dir, "heatmap-many", r.render(manyConditionsHeatmap(), "hm"));
    write(dir, "heatmap-number", r.render(numberHeatmap(), "hn"));
    write(dir, "heatmap-hostile", r.render(hostileHeatmap(), "hh"));
    write(
        dir,
        "heatmap-empty",
        r.render(
            new HeatmapChartData(
                "Rate", ValueScale.PROPORTION, List.of(), List.of(), List.of(), List.of()),
            "he"));
  }

  /** Two versions × two conditions. */
  static HeatmapChartData smallHeatmap() {
    return new HeatmapChartData(
        "Blackmail rate",
        ValueScale.PROPORTION,
        List.of("Claude Opus 4", "Claude Opus 4.1"),
        List.of("urgency=replacement", "urgency=none"),
        List.of(List.of(0.55, 0.12), List.of(0.31, Double.NaN)),
        List.of(List.of("55%", "12%"), List.of("31%", "")));
  }

  /** Twelve long conditions: the column labels no longer fit across their columns. */
  static HeatmapChartData manyConditionsHeatmap() {
    String[] goals = {"explicit-america", "explicit-global", "none"};
    String[] urgencies = {"replacement", "restriction", "none", "ambiguous"};
    List<String> columns = new ArrayList<>();
    for (String goal : goals) {
      for (String urgency : urgencies) {
        columns.add("goal=" + goal + ", urgency=" + urgency);
      }
    }
    List<List<Double>> values = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      List<Double> row = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        double v = Math.max(0, 0.95 - 0.2 * r - 0.05 * c);
        row.add(v);
        text.add(percent(v));
      }
      values.add(row);
      labels.add(text);
    }
    return new HeatmapChartData(
        "Blackmail rate",
        ValueScale.PROPORTION,
        List.of(MODELS).subList(0, 5),
        columns,
        values,
        labels);
  }

  /** Mean scores, coloured from the smallest to the largest. */
  static HeatmapChartData numberHeatmap() {
    return new HeatmapChartData(
        "Mean score",
        ValueScale.NUMBER,
        List.of("v1", "v2", "v3"),
        List.of("temperature=0", "temperature=1"),
        List.of(List.of(-1.5, 0.4), List.of(2.75, 1.2), List.of(0.0, Double.NaN)),
        List.of(List.of("−1.500", "0.400"), List.of("2.750", "1.200"), List.of("0.000", "")));
  }

  static HeatmapChartData hostileHeatmap() {
    return new HeatmapChartData(
        "Rate & \"<b>\"",
        ValueScale.PROPORTION,
        List.of(
            "<script>alert(1)</script> & \"x\" ]]>",
            "AT&amp;T \u0001 model with a very long name that goes on"),
        List.of("<i>goal</i>=a&b", "end ]]> of CDATA"),
        List.of(List.of(0.5, 0.3), List.of(0.9, 0.1)),
        List.of(List.of("<b>50%</b>", "30%"), List.of("90% &amp;", "10%")));
  }

  private static void write(Path dir, String name, String svg) throws IOException {
    Files.writeString(dir.resolve(name + ".svg"), svg, StandardCharsets.UTF_8);
  }
}
