package dev.evalpress.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * Curves over training steps; shaded interval band where points carry intervals; faint raw line
 * under a solid smoothed line when smoothed is non-empty.
 *
 * @param xLabel the x-axis label, e.g. "Training step" (untrusted text)
 * @param valueLabel the value-axis label (untrusted text)
 * @param scale how values are shown on the value axis
 * @param curves one curve per training run; each gets its own colour and legend entry
 */
public record TrainingChartData(
    String xLabel, String valueLabel, ValueScale scale, List<Curve> curves) implements ChartData {

  /** Validates and defensively copies the curves. */
  public TrainingChartData {
    Objects.requireNonNull(xLabel, "xLabel");
    Objects.requireNonNull(valueLabel, "valueLabel");
    Objects.requireNonNull(scale, "scale");
    curves = Checks.copy(curves, "curves");
  }
}
