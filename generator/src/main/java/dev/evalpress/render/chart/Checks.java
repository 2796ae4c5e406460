package dev.evalpress.render.chart;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the chart data records. */
final class Checks {

  /**
   * Interval ends may miss the estimate by this much (floating-point rounding) and are then snapped
   * to it.
   */
  static final double TOLERANCE = 1e-9;

  private Checks() {}

  static double finite(double v, String name) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite, was " + v);
    }
    return v;
  }

  /** Checks lower <= value (within {@link #TOLERANCE}) and returns min(lower, value). */
  static double lowerEnd(double lower, double value) {
    if (lower > value + TOLERANCE) {
      throw new IllegalArgumentException("lower " + lower + " is above the value " + value);
    }
    return Math.min(lower, value);
  }

  /** Checks upper >= value (within {@link #TOLERANCE}) and returns max(upper, value). */
  static double upperEnd(double upper, double value) {
    if (upper < value - TOLERANCE) {
      throw new IllegalArgumentException("upper " + upper + " is below the value " + value);
    }
    return Math.max(upper, value);
  }

  static <T> List<T> copy(List<T> list, String name) {
    Objects.requireNonNull(list, name);
    return List.copyOf(list);
  }
}
