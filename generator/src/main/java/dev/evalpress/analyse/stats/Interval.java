package dev.evalpress.analyse.stats;

/** A confidence interval {@code [lower, upper]} at a confidence {@code level} such as 0.95. */
public record Interval(double lower, double upper, double level) {

  public Interval {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("interval needs lower <= upper, got " + lower + ", " + upper);
    }
  }

  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
