package dev.evalpress.load.report;

import dev.evalpress.located.JsonObject;
import dev.evalpress.model.ChartSpec;
import dev.evalpress.model.EvalSelectionSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a {@code chart} block: {@code type: bar | trend | heatmap | training} and the fields of its
 * type.
 */
final class ChartSpecReader {

  static final Set<String> FIELDS =
      Set.of(
          "type", "eval", "models", "condition", "runs", "metric", "smoothing", "caption", "alt");
  private static final List<String> TYPES = List.of("bar", "trend", "heatmap", "training");

  private ChartSpecReader() {}

  static ChartSpec read(JsonObject spec, int line) {
    spec.allowOnly(FIELDS);
    String type = spec.requireOneOf("type", TYPES);
    EvalSelectionSpec selection = null;
    String metric = null;
    Optional<List<String>> runs = Optional.empty();
    OptionalDouble smoothing = OptionalDouble.empty();
    if ("training".equals(type)) {
      metric = spec.requireText("metric");
      if (!spec.has("runs")) {
        spec.fail(null, "a training chart needs \"runs\": a list of training run ids");
      }
      smoothing = smoothing(spec);
      if (metric != null && spec.has("runs")) {
        runs = Optional.of(spec.strings("runs"));
      }
    } else if (type != null) {
      if (type.equals("heatmap") && spec.has("condition")) {
        spec.fail(
            "condition",
            "condition: a heatmap shows every condition as a column; leave condition out");
      } else {
        selection = EvalSelectionReader.read(spec);
      }
    }
    // caption and alt are read once the rest is sound, as when charts were read in render
    boolean sound = !spec.failed();
    String caption = sound ? spec.text("caption").orElse("") : "";
    Optional<String> alt = sound ? spec.text("alt") : Optional.empty();
    return new ChartSpec(
        line,
        Places.of(spec),
        !spec.failed(),
        type,
        selection,
        metric,
        runs,
        smoothing,
        caption,
        alt);
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
