package dev.evalpress.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A {@code chart} block. {@code type} is bar, trend, heatmap or training, or null when it was not
 * one of those. An eval chart uses {@code selection} (null for a training chart, an unknown type,
 * or a heatmap given a condition); a training chart {@code metric} (null when missing), {@code
 * runs} (empty when the field is missing, or not read as the metric is) and {@code smoothing}.
 * {@code caption} and {@code alt} are as written.
 */
public record ChartSpec(
    int line,
    FieldPlaces places,
    boolean wellFormed,
    String type,
    EvalSelectionSpec selection,
    String metric,
    Optional<List<String>> runs,
    OptionalDouble smoothing,
    String caption,
    Optional<String> alt)
    implements DirectiveSpec {

  public ChartSpec {
    runs = runs.map(List::copyOf);
  }
}
