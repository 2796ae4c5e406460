package dev.evalpress.render.directive;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.MetricSeries;
import dev.evalpress.analyse.RunSummary;
import dev.evalpress.located.JsonObject;
import dev.evalpress.render.figure.ChartContent;
import dev.evalpress.render.figure.ChartContents;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.figure.FigureRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** A {@code chart} block: {@code type: bar | trend | heatmap | training}. */
final class ChartDirective {

  private static final List<String> TYPES = List.of("bar", "trend", "heatmap", "training");

  private final Analysis analysis;
  private final FigureRenderer figures = new FigureRenderer();

  ChartDirective(Analysis analysis) {
    this.analysis = analysis;
  }

  /** The figure, or null when the block has problems (already reported). */
  Figure render(JsonObject spec, String id, String label) {
    String type = spec.requireOneOf("type", TYPES);
    if (type == null) {
      return null;
    }
    ChartContent content = type.equals("training") ? training(spec) : evalChart(spec, type);
    if (content == null || spec.failed()) {
      return null;
    }
    String caption = spec.text("caption").orElse("");
    return figures.render(id, label, caption, spec.text("alt").orElse(null), content);
  }

  private ChartContent evalChart(JsonObject spec, String type) {
    if (type.equals("heatmap") && spec.has("condition")) {
      spec.fail("condition", "condition: a heatmap shows every condition as a column; leave condition out");
      return null;
    }
    EvalSelection selection = EvalSelection.read(spec, analysis);
    if (selection == null) {
      return null;
    }
    return switch (type) {
      case "bar" -> ChartContents.bar(selection.eval().eval(), selection.condition(), selection.estimates());
      case "trend" -> ChartContents.trend(selection.eval().eval(), selection.condition(), selection.estimates());
      default -> ChartContents.heatmap(selection.eval().eval(), selection.models(), selection.eval().conditions()
          .stream().filter(c -> selection.models().stream().anyMatch(m -> m.condition(c).isPresent())).toList());
    };
  }

  private ChartContent training(JsonObject spec) {
    String metric = spec.requireText("metric");
    if (!spec.has("runs")) {
      spec.fail(null, "a training chart needs \"runs\": a list of training run ids");
    }
    OptionalDouble smoothing = smoothing(spec);
    if (metric == null || !spec.has("runs")) {
      return null;
    }
    Map<String, MetricSeries> series = new LinkedHashMap<>();
    for (String id : spec.strings("runs")) {
      Optional<RunSummary> run = analysis.run(id);
      if (run.isEmpty()) {
        spec.fail("runs", "unknown training run \"" + id + "\"; known runs: "
            + analysis.runs().stream().map(r -> r.run().id()).toList());
        continue;
      }
      Optional<MetricSeries> m = run.get().metric(metric);
      if (m.isEmpty()) {
        spec.fail("metric", "training run \"" + id + "\" has no metric \"" + metric + "\"; its metrics: "
            + run.get().metrics().stream().map(s -> s.metric().name()).toList());
        continue;
      }
      // Keyed by id (titles may repeat); two runs with one title are told apart by their ids.
      String title = run.get().run().title();
      boolean shared = analysis.runs().stream().filter(x -> x.run().title().equals(title)).count() > 1;
      series.put(shared ? title + " (" + id + ")" : title, m.get());
    }
    return spec.failed() ? null : ChartContents.training(metric, series, smoothing);
  }

  /** The smoothing weight in [0, 1), if given. */
  private static OptionalDouble smoothing(JsonObject spec) {
    if (!spec.has("smoothing")) {
      return OptionalDouble.empty();
    }
    Double w = spec.number("smoothing");
    if (w == null) {
      return OptionalDouble.empty();
    }
    if (w < 0 || w >= 1) {
      spec.fail("smoothing", "smoothing: expected a weight in [0, 1) such as 0.6, got " + w);
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(w);
  }
}
