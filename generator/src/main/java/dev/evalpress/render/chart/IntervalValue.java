package dev.evalpress.render.chart;

import java.util.Objects;

/**
 * One category (a model version) with its estimate and interval (lower <= value <= upper).
 *
 * <p>All numbers must be finite. Interval ends that miss the estimate by floating-point rounding
 * only (at most 1e-9) are snapped onto it; larger inversions are rejected.
 *
 * @param label the category label as shown on the axis, e.g. "Claude Sonnet 4.5" (untrusted text)
 * @param value the point estimate
 * @param lower the lower end of the 95% interval
 * @param upper the upper end of the 95% interval
 */
public record IntervalValue(String label, double value, double lower, double upper) {

  /** Validates the label and the ordering of the numbers. */
  public IntervalValue {
    Objects.requireNonNull(label, "label");
    Checks.finite(value, "value");
    lower = Checks.lowerEnd(Checks.finite(lower, "lower"), value);
    upper = Checks.upperEnd(Checks.finite(upper, "upper"), value);
  }
}
