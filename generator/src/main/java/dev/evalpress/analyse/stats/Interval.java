package dev.evalpress.analyse.stats;

/** A confidence interval {@code [lower, upper]} at a confidence {@code level} such as 0.95. */
public record Interval(double lower, double upper, double level) {

  public Interval {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException(
          "interval needs lower <= upper, got " + lower + ", " + upper);
    }
  }

  /**
   * This interval limited to {@code [min, max]}, the values the estimated quantity cannot leave (a
   * proportion lies in [0, 1]): the true value is inside the bounds, so clipping never loses
   * coverage.
   */
  public Interval clippedTo(double min, double max) {
    if (!(min <= max)) {
      throw new IllegalArgumentException("bounds need min <= max, got " + min + ", " + max);
    }
    double l = Math.min(Math.max(lower, min), max);
    double u = Math.max(Math.min(upper, max), min);
    return new Interval(l, u, level);
  }

  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
