package dev.evalpress.analyse.stats;

/**
 * The normal (Wald) interval mean ± z·stderr, for scores reported with a standard error, where z is
 * the two-sided standard normal quantile of the level (1.959964 for 95%).
 */
public final class NormalInterval {

  private NormalInterval() {}

  public static Interval of95(double mean, double stderr) {
    return of(mean, stderr, WilsonInterval.Z_95, 0.95);
  }

  /**
   * mean ± z·stderr at confidence {@code level} in (0, 1); {@code stderr} must be finite and ≥ 0.
   */
  public static Interval of(double mean, double stderr, double level) {
    return of(mean, stderr, Args.z(level), level);
  }

  private static Interval of(double mean, double stderr, double z, double level) {
    if (!(stderr >= 0) || Double.isInfinite(stderr) || !Double.isFinite(mean)) {
      throw new IllegalArgumentException(
          "need a finite mean and stderr >= 0, got " + mean + ", " + stderr);
    }
    double half = z * stderr;
    return new Interval(mean - half, mean + half, level);
  }
}
