package dev.evalpress.render.chart;

/**
 * A point of a curve; lower/upper are Double.NaN when there is no interval.
 *
 * <p>x and y must be finite. lower and upper are either both NaN or both finite with lower <= y <=
 * upper (rounding slips of at most 1e-9 are snapped onto y).
 *
 * @param x the training step (or other x value)
 * @param y the metric value
 * @param lower the lower end of the 95% interval, or NaN
 * @param upper the upper end of the 95% interval, or NaN
 */
public record CurvePoint(double x, double y, double lower, double upper) {

  /** Validates the numbers. */
  public CurvePoint {
    Checks.finite(x, "x");
    Checks.finite(y, "y");
    if (Double.isNaN(lower) != Double.isNaN(upper)) {
      throw new IllegalArgumentException("lower and upper must both be NaN or both be set");
    }
    if (!Double.isNaN(lower)) {
      lower = Checks.lowerEnd(Checks.finite(lower, "lower"), y);
      upper = Checks.upperEnd(Checks.finite(upper, "upper"), y);
    }
  }

  /** Whether this point carries an interval. */
  boolean hasInterval() {
    return !Double.isNaN(lower);
  }
}
