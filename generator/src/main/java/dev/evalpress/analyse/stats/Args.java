package dev.evalpress.analyse.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Argument checks and the normal quantile shared by the interval methods of this package. */
final class Args {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Args() {}

  /** Refuses counts that are not {@code 0 <= k <= n} with {@code n >= 1}. */
  static void requireCounts(long k, long n) {
    if (n < 1 || k < 0 || k > n) {
      throw new IllegalArgumentException("need 0 <= k <= n and n >= 1, got k=" + k + " n=" + n);
    }
  }

  /**
   * As {@link #requireCounts}, and {@code n} must also fit an {@code int} (for samplers and
   * tables).
   */
  static void requireIntCounts(long k, long n) {
    requireCounts(k, n);
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("n must be at most " + Integer.MAX_VALUE + ", got " + n);
    }
  }

  /** Refuses a confidence level outside the open interval (0, 1). */
  static double requireLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
    return level;
  }

  /** The two-sided normal quantile z with P(|Z| ≥ z) = 1 − level, e.g. 1.959964 for 0.95. */
  static double z(double level) {
    return STANDARD_NORMAL.inverseSurvivalProbability((1 - requireLevel(level)) / 2);
  }
}
