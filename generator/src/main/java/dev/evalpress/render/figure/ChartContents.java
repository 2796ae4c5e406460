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
import dev.evalpress.render.format.EstimateText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
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

  private static ChartContent content(
      dev.evalpress.render.chart.ChartData chart, FigureData data, String description) {
    return new ChartContent(chart, data.csv(), description, data.table());
  }

  /**
   * One bar per model version, in the given order; of more than {@value DrawnVersions#LIMIT}, those
   * {@link DrawnVersions} picks.
   */
  public static ChartContent bar(
      EvalDefinition eval, Condition condition, List<LabelledEstimate> values) {
    return bar(eval, condition, values, OptionalDouble.empty());
  }

  /**
   * One bar per model version, in the given order, and a dashed line at {@code threshold} when the
   * eval is tracked.
   */
  public static ChartContent bar(
      EvalDefinition eval,
      Condition condition,
      List<LabelledEstimate> values,
      OptionalDouble threshold) {
    List<LabelledEstimate> drawn = DrawnVersions.of(values, v -> v.model().family());
    List<IntervalValue> bars = drawn.stream().map(ChartContents::intervalValue).toList();
    BarChartData chart =
        new BarChartData(axisTitle(eval), scale(values), bars, threshold.orElse(Double.NaN));
    return content(
        chart,
        modelCsv(condition, values),
        describe("Bar chart", eval, condition, drawn, values.size()));
  }

  /**
   * The metric across model versions in release order, one line per model family; of more than
   * {@value DrawnVersions#LIMIT} versions, those {@link DrawnVersions} picks.
   */
  public static ChartContent trend(
      EvalDefinition eval, Condition condition, List<LabelledEstimate> values) {
    return trend(eval, condition, values, OptionalDouble.empty());
  }

  /**
   * The metric across model versions in release order: one colour per model family, each version
   * joined to its predecessor, and a dashed line at {@code threshold} when the eval is tracked.
   */
  public static ChartContent trend(
      EvalDefinition eval,
      Condition condition,
      List<LabelledEstimate> values,
      OptionalDouble threshold) {
    List<LabelledEstimate> drawn = DrawnVersions.of(values, v -> v.model().family());
    List<IntervalValue> points = drawn.stream().map(ChartContents::intervalValue).toList();
    List<String> families = drawn.stream().map(v -> v.model().family()).toList();
    TrendChartData chart =
        new TrendChartData(
            axisTitle(eval),
            scale(values),
            points,
            families,
            predecessors(drawn),
            threshold.orElse(Double.NaN));
    return content(
        chart,
        modelCsv(condition, values),
        describe("Trend chart", eval, condition, drawn, values.size()));
  }

  /**
   * A heatmap of an eval: one row per model (in the given order), one column per condition (in the
   * eval's condition order), cells = each model's estimate under the condition.
   *
   * <p>A model without an estimate under a condition gets an empty cell ("—"). Colours run over
   * 0–100% when every estimate is a rate, otherwise over the range of the values. The CSV has one
   * row per cell with data (model by model, conditions in column order); the description lists
   * every cell, "no data" included. Of more than {@value DrawnVersions#LIMIT} models, the chart and
   * its description have those {@link DrawnVersions} picks, the CSV all.
   */
  public static ChartContent heatmap(
      EvalDefinition eval, List<ModelRates> allModels, List<Condition> conditions) {
    List<ModelRates> models = DrawnVersions.of(allModels, m -> m.model().family());
    Set<ModelRates> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
    drawn.addAll(models);
    List<String> rows = models.stream().map(m -> m.model().name()).toList();
    List<String> columns = conditions.stream().map(Condition::label).toList();
    List<List<Double>> values = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    List<Estimate> present = new ArrayList<>();
    FigureData csv = new FigureData(MODEL_COLUMNS);
    List<String> cells = new ArrayList<>();
    for (ModelRates m : allModels) {
      if (!drawn.contains(m)) {
        for (Condition c : conditions) {
          m.condition(c).ifPresent(e -> csvRow(csv, m.model(), c.label(), e));
        }
        continue;
      }
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
        new HeatmapChartData(axisTitle(eval), scaleOf(present), rows, columns, values, labels);
    String description =
        "Heatmap of "
            + eval.title()
            + " ("
            + eval.metric()
            + ") by model version and condition"
            + drawnNote(allModels.size())
            + ": "
            + (cells.isEmpty() ? "no data" : String.join("; ", cells))
            + ".";
    return content(chart, csv, description);
  }

  /**
   * Curves of one metric over training steps, one per run (keyed by run title); with {@code
   * smoothing} present, each curve also gets its EMA.
   */
  public static ChartContent training(
      String metric, Map<String, MetricSeries> runs, OptionalDouble smoothing) {
    List<Curve> curves = new ArrayList<>();
    FigureData csv =
        new FigureData(
            List.of("run", "step", "k", "n", "value", "ci_lower", "ci_upper", "smoothed"));
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
            "Training step",
            AxisTitles.ofMetric(metric),
            rate ? ValueScale.PROPORTION : ValueScale.NUMBER,
            curves);
    List<String> summaries = new ArrayList<>();
    runs.forEach((name, series) -> summaries.add(name + " " + summary(series)));
    String description =
        "Line chart of "
            + AxisTitles.ofMetric(metric)
            + " over training steps"
            + (summaries.isEmpty() ? ": no data" : ": " + String.join("; ", summaries))
            + (smoothing.isPresent()
                ? "; smoothed with an exponential moving average (weight "
                    + smoothing.getAsDouble()
                    + ") over the raw values"
                : "")
            + ".";
    return content(chart, csv, description);
  }

  /**
   * A curve in words, with its numbers: "from 12% at step 0 to 3.0% at step 1,000 (lowest 2.5% at
   * step 800, highest 14% at step 100; 6 checkpoints)".
   */
  static String summary(MetricSeries series) {
    List<SeriesPoint> points =
        series.points().stream()
            .sorted(java.util.Comparator.comparingLong(SeriesPoint::step))
            .toList();
    if (points.isEmpty()) {
      return "no data";
    }
    SeriesPoint first = points.get(0);
    SeriesPoint last = points.get(points.size() - 1);
    SeriesPoint low = first;
    SeriesPoint high = first;
    for (SeriesPoint p : points) {
      low = p.estimate().value() < low.estimate().value() ? p : low;
      high = p.estimate().value() > high.estimate().value() ? p : high;
    }
    if (points.size() == 1) {
      return at(first) + " (1 checkpoint)";
    }
    return "from "
        + at(first)
        + " to "
        + at(last)
        + " (lowest "
        + at(low)
        + ", highest "
        + at(high)
        + "; "
        + points.size()
        + " checkpoints)";
  }

  private static String at(SeriesPoint p) {
    return EstimateText.value(p.estimate()) + " at step " + FigureData.display(p.step());
  }

  /**
   * The value-axis title of an eval's chart: its title ("Blackmail"), which readers know from the
   * page, never the metric id ({@code blackmail_rate}). The v1 format has no metric label yet.
   */
  private static String axisTitle(EvalDefinition eval) {
    return eval.title().isBlank() ? AxisTitles.ofMetric(eval.metric()) : eval.title();
  }

  /**
   * For each value, the index of the value of its predecessor model on the chart, or -1: a trend
   * line joins a version only to the version it replaces, never across model lines.
   */
  static List<Integer> predecessors(List<LabelledEstimate> values) {
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      index.putIfAbsent(values.get(i).model().id(), i);
    }
    List<Integer> previous = new ArrayList<>();
    for (LabelledEstimate v : values) {
      previous.add(v.model().predecessor().map(id -> index.getOrDefault(id, -1)).orElse(-1));
    }
    return previous;
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

  private static FigureData modelCsv(Condition condition, List<LabelledEstimate> values) {
    FigureData csv = new FigureData(MODEL_COLUMNS);
    for (LabelledEstimate v : values) {
      csvRow(
          csv, v.model(), condition.isEmpty() ? "all (pooled)" : condition.label(), v.estimate());
    }
    return csv;
  }

  /** One row of {@link #MODEL_COLUMNS}. */
  private static void csvRow(FigureData csv, ModelVersion model, String condition, Estimate e) {
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

  /**
   * What a caption adds when a chart of {@code total} versions does not draw them all: "the latest
   * 40 of 10,000 versions, each family's in turn"; empty when it draws all.
   */
  public static String notDrawn(int total) {
    return DrawnVersions.note(total);
  }

  /**
   * " (the latest 40 of 10,000 versions, each family's in turn; the data has all)" when not every
   * version is drawn, otherwise empty.
   */
  private static String drawnNote(int total) {
    String note = DrawnVersions.note(total);
    return note.isEmpty() ? "" : " (" + note + "; the data has all)";
  }

  /** {@code values} are the ones drawn, of {@code total}. */
  private static String describe(
      String kind,
      EvalDefinition eval,
      Condition condition,
      List<LabelledEstimate> values,
      int total) {
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
        + ", by model version"
        + drawnNote(total)
        + ": "
        + (data.isEmpty() ? "no data" : data)
        + ".";
  }
}
