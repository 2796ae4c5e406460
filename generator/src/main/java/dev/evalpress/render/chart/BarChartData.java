package dev.evalpress.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * One bar per model version with 95% CI whiskers.
 *
 * @param valueLabel the value-axis label (untrusted text)
 * @param scale how values are shown on the value axis
 * @param values one entry per bar, in display order
 * @param threshold a policy threshold drawn as a dashed line, or NaN for none
 */
public record BarChartData(
    String valueLabel, ValueScale scale, List<IntervalValue> values, double threshold)
    implements ChartData {

  /** Bars without a threshold. */
  public BarChartData(String valueLabel, ValueScale scale, List<IntervalValue> values) {
    this(valueLabel, scale, values, Double.NaN);
  }

  /** Validates and defensively copies the values. */
  public BarChartData {
    Objects.requireNonNull(valueLabel, "valueLabel");
    Objects.requireNonNull(scale, "scale");
    values = Checks.copy(values, "values");
  }
}
