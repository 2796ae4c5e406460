package dev.evalpress.render.figure;

import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.MetricSeries;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.analyse.SeriesPoint;
import dev.evalpress.analyse.stats.Ema;
import dev.evalpress.analyse.stats.Interval;
import dev.evalpress.model.Condition;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.render.chart.BarChartData;
import dev.evalpress.render.chart.Curve;
import dev.evalpress.render.chart.CurvePoint;
import dev.evalpress.render.chart.HeatmapChartData;
import dev.evalpress.render.chart.IntervalValue;
import dev.evalpress.render.chart.TrainingChartData;
import dev.evalpress.render.chart.TrendChartData;
import dev.evalpress.render.chart.ValueScale;
import dev.evalpress.render.format.CsvTable;
import dev.evalpress.render.format.EstimateText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Builds chart content (data, CSV, description) for the four chart types. */
public final class ChartContents {

  private static final List<String> MODEL_COLUMNS =
      List.of(
          "model_id",
          "model_name",
          "family",
          "condition",
          "k",
          "n",
          "value",
          "ci_lower",
          "ci_upper");

  private ChartContents() {}

  /** One bar per model version, in the given order. */
  public static ChartContent bar(
      EvalDefinition eval, Condition condition, List<LabelledEstimate> values) {
    List<IntervalValue> bars = values.stream().map(ChartContents::intervalValue).toList();
    BarChartData chart = new BarChartData(eval.metric(), scale(values), bars);
    return new ChartContent(
        chart, modelCsv(condition, values), describe("Bar chart", eval, condition, values));
  }

  /** The metric across model versions in release order, one line per model family. */
  public static ChartContent trend(
      EvalDefinition eval, Condition condition, List<LabelledEstimate> values) {
    List<IntervalValue> points = values.stream().map(ChartContents::intervalValue).toList();
    List<String> families = values.stream().map(v -> v.model().family()).toList();
    TrendChartData chart = new TrendChartData(eval.metric(), scale(values), points, families);
    return new ChartContent(
        chart, modelCsv(condition, values), describe("Trend chart", eval, condition, values));
  }

  /**
   * A heatmap of an eval: one row per model (in the given order), one column per condition (in the
   * eval's condition order), cells = each model's estimate under the condition.
   *
   * <p>A model without an estimate under a condition gets an empty cell ("—"). Colours run over
   * 0–100% when every estimate is a rate, otherwise over the range of the values. The CSV has one
   * row per cell with data (model by model, conditions in column order); the description lists
   * every cell, "no data" included.
   */
  public static ChartContent heatmap(
      EvalDefinition eval, List<ModelRates> models, List<Condition> conditions) {
    List<String> rows = models.stream().map(m -> m.model().name()).toList();
    List<String> columns = conditions.stream().map(Condition::label).toList();
    List<List<Double>> values = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    List<Estimate> present = new ArrayList<>();
    CsvTable csv = new CsvTable(MODEL_COLUMNS);
    List<String> cells = new ArrayList<>();
    for (ModelRates m : models) {
      List<Double> rowValues = new ArrayList<>();
      List<String> rowLabels = new ArrayList<>();
      for (Condition c : conditions) {
        Optional<Estimate> estimate = m.condition(c);
        rowValues.add(estimate.map(Estimate::value).orElse(Double.NaN));
        rowLabels.add(estimate.map(EstimateText::value).orElse(""));
        estimate.ifPresent(
            e -> {
              present.add(e);
              csvRow(csv, m.model(), c.label(), e);
            });
        cells.add(
            m.model().name()
                + ": "
                + c.label()
                + " "
                + estimate.map(EstimateText::value).orElse("no data"));
      }
      values.add(rowValues);
      labels.add(rowLabels);
    }
    HeatmapChartData chart =
        new HeatmapChartData(eval.metric(), scaleOf(present), rows, columns, values, labels);
    String description =
        "Heatmap of "
            + eval.title()
            + " ("
            + eval.metric()
            + ") by model version and condition: "
            + (cells.isEmpty() ? "no data" : String.join("; ", cells))
            + ".";
    return new ChartContent(chart, csv.toString(), description);
  }

  /**
   * Curves of one metric over training steps, one per run (keyed by run title); with {@code
   * smoothing} present, each curve also gets its EMA.
   */
  public static ChartContent training(
      String metric, Map<String, MetricSeries> runs, OptionalDouble smoothing) {
    List<Curve> curves = new ArrayList<>();
    CsvTable csv =
        new CsvTable(List.of("run", "step", "k", "n", "value", "ci_lower", "ci_upper", "smoothed"));
    boolean rate = runs.values().stream().allMatch(MetricSeries::isRate) && !runs.isEmpty();
    for (Map.Entry<String, MetricSeries> run : runs.entrySet()) {
      List<SeriesPoint> points = run.getValue().points();
      List<Double> raw = points.stream().map(p -> p.estimate().value()).toList();
      List<Double> smooth =
          smoothing.isPresent() ? Ema.smooth(raw, smoothing.getAsDouble()) : List.of();
      List<CurvePoint> rawPoints = new ArrayList<>();
      List<CurvePoint> smoothPoints = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        SeriesPoint p = points.get(i);
        Estimate e = p.estimate();
        double lower = e.interval().map(Interval::lower).orElse(Double.NaN);
        double upper = e.interval().map(Interval::upper).orElse(Double.NaN);
        rawPoints.add(new CurvePoint(p.step(), e.value(), lower, upper));
        if (!smooth.isEmpty()) {
          smoothPoints.add(new CurvePoint(p.step(), smooth.get(i), Double.NaN, Double.NaN));
        }
        csv.row(
            run.getKey(),
            p.step(),
            e.k().isPresent() ? e.k().getAsLong() : null,
            e.n().isPresent() ? e.n().getAsLong() : null,
            e.value(),
            lower,
            upper,
            smooth.isEmpty() ? null : smooth.get(i));
      }
      curves.add(new Curve(run.getKey(), rawPoints, smoothPoints));
    }
    TrainingChartData chart =
        new TrainingChartData(
            "step", metric, rate ? ValueScale.PROPORTION : ValueScale.NUMBER, curves);
    String description =
        "Line chart of "
            + metric
            + " over training steps for "
            + String.join(", ", runs.keySet())
            + (smoothing.isPresent()
                ? ", smoothed with an exponential moving average (weight "
                    + smoothing.getAsDouble()
                    + ") over the raw values"
                : "")
            + ".";
    return new ChartContent(chart, csv.toString(), description);
  }

  private static ValueScale scale(List<LabelledEstimate> values) {
    return scaleOf(values.stream().map(LabelledEstimate::estimate).toList());
  }

  /** Percentages when every estimate is a rate (or there are none), plain numbers otherwise. */
  private static ValueScale scaleOf(List<Estimate> estimates) {
    return estimates.stream().allMatch(Estimate::isRate)
        ? ValueScale.PROPORTION
        : ValueScale.NUMBER;
  }

  private static IntervalValue intervalValue(LabelledEstimate v) {
    Estimate e = v.estimate();
    double lower = e.interval().map(Interval::lower).orElse(e.value());
    double upper = e.interval().map(Interval::upper).orElse(e.value());
    return new IntervalValue(v.model().name(), e.value(), lower, upper);
  }

  private static String modelCsv(Condition condition, List<LabelledEstimate> values) {
    CsvTable csv = new CsvTable(MODEL_COLUMNS);
    for (LabelledEstimate v : values) {
      csvRow(
          csv, v.model(), condition.isEmpty() ? "all (pooled)" : condition.label(), v.estimate());
    }
    return csv.toString();
  }

  /** One row of {@link #MODEL_COLUMNS}. */
  private static void csvRow(CsvTable csv, ModelVersion model, String condition, Estimate e) {
    csv.row(
        model.id(),
        model.name(),
        model.family(),
        condition,
        e.k().isPresent() ? e.k().getAsLong() : null,
        e.n().isPresent() ? e.n().getAsLong() : null,
        e.value(),
        e.interval().map(Interval::lower).orElse(null),
        e.interval().map(Interval::upper).orElse(null));
  }

  private static String describe(
      String kind, EvalDefinition eval, Condition condition, List<LabelledEstimate> values) {
    String scope = condition.isEmpty() ? "pooled over conditions" : "under " + condition.label();
    String data =
        values.stream()
            .map(v -> v.model().name() + " " + EstimateText.full(v.estimate()))
            .collect(Collectors.joining("; "));
    return kind
        + " of "
        + eval.title()
        + " ("
        + eval.metric()
        + "), "
        + scope
        + ", by model version: "
        + (data.isEmpty() ? "no data" : data)
        + ".";
  }
}
