package dev.evalpress.model;

/**
 * The range a score's values cannot leave, when its source states one: an accuracy or another
 * proportion lies in [0, 1] whatever its sampling error, so an interval around it is clipped to [0,
 * 1].
 */
public record ScoreBounds(double lower, double upper) {

  /** Proportions: accuracy, the mean of per-sample values that are each between 0 and 1. */
  public static final ScoreBounds UNIT = new ScoreBounds(0, 1);

  public ScoreBounds {
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
      throw new IllegalArgumentException(
          "bounds need finite lower < upper, got " + lower + ", " + upper);
    }
  }

  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  /** The smallest bounds holding both. */
  public ScoreBounds span(ScoreBounds other) {
    return new ScoreBounds(Math.min(lower, other.lower), Math.max(upper, other.upper));
  }
}
