package dev.evalpress.analyse.stats;

/**
 * Difference p_after − p_before with Newcombe's hybrid score interval (Newcombe 1998, "Interval
 * estimation for the difference between independent proportions: comparison of eleven methods",
 * Statistics in Medicine 17:873–890, method 10), built from the two Wilson intervals [l, u] at the
 * same level:
 *
 * <pre>
 *   d     = p_after − p_before
 *   lower = d − √((p_after − l_after)² + (u_before − p_before)²)
 *   upper = d + √((u_after − p_after)² + (p_before − l_before)²)
 * </pre>
 *
 * The interval lies in [−1, 1] and always contains d. Matches statsmodels {@code
 * confint_proportions_2indep(method="newcomb", compare="diff")}.
 */
public final class NewcombeInterval {

  private NewcombeInterval() {}

  /**
   * The interval of {@code kAfter/nAfter − kBefore/nBefore} at confidence {@code level} in (0, 1).
   */
  public static Interval difference(
      long kBefore, long nBefore, long kAfter, long nAfter, double level) {
    Args.requireCounts(kBefore, nBefore);
    Args.requireCounts(kAfter, nAfter);
    double z = Args.z(level);
    double pBefore = (double) kBefore / nBefore;
    double pAfter = (double) kAfter / nAfter;
    Interval before = WilsonInterval.of(kBefore, nBefore, z, level);
    Interval after = WilsonInterval.of(kAfter, nAfter, z, level);
    double d = pAfter - pBefore;
    double down = Math.sqrt(square(pAfter - after.lower()) + square(before.upper() - pBefore));
    double up = Math.sqrt(square(after.upper() - pAfter) + square(pBefore - before.lower()));
    return new Interval(Math.max(-1.0, d - down), Math.min(1.0, d + up), level);
  }

  private static double square(double x) {
    return x * x;
  }
}
