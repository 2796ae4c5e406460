package dev.evalpress.analyse.stats;

/**
 * The Wilson score interval for a binomial proportion k/n (Wilson 1927; recommended over the Wald
 * interval by Brown, Cai and DasGupta 2001 because it keeps its coverage near 0 and 1, where
 * misalignment rates live).
 *
 * <pre>
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √(p(1−p)/n + z²/4n²)
 * </pre>
 *
 * with p = k/n and z the two-sided normal quantile of the level (1.959964 for 95%). Matches
 * statsmodels {@code proportion_confint(method="wilson")} and R's {@code binom::binom.wilson}.
 */
public final class WilsonInterval {

  /** The two-sided 97.5% quantile of the standard normal distribution, for 95% intervals. */
  public static final double Z_95 = 1.959963984540054;

  private WilsonInterval() {}

  /** The 95% Wilson interval of {@code k} of {@code n}. */
  public static Interval of95(long k, long n) {
    return of(k, n, Z_95, 0.95);
  }

  /** The Wilson interval of {@code k} of {@code n} at confidence {@code level} in (0, 1). */
  public static Interval of(long k, long n, double level) {
    Args.requireCounts(k, n);
    return of(k, n, Args.z(level), level);
  }

  static Interval of(long k, long n, double z, double level) {
    Args.requireCounts(k, n);
    double p = (double) k / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    // Clamp rounding noise so the interval always holds p and stays within [0, 1].
    double lower = k == 0 ? 0.0 : Math.min(p, Math.max(0.0, centre - half));
    double upper = k == n ? 1.0 : Math.max(p, Math.min(1.0, centre + half));
    return new Interval(lower, upper, level);
  }
}
