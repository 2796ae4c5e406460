package dev.evalpress.analyse.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The Clopper–Pearson "exact" interval for a binomial proportion k/n (Clopper and Pearson 1934),
 * from the beta quantiles that invert the binomial tails at α = 1 − level:
 *
 * <pre>
 *   lower = B⁻¹(α/2;     k,     n − k + 1)   (0 when k = 0)
 *   upper = B⁻¹(1 − α/2; k + 1, n − k)       (1 when k = n)
 * </pre>
 *
 * It guarantees at least the nominal coverage and is therefore wider than {@link WilsonInterval}.
 * Matches statsmodels {@code proportion_confint(method="beta")} and R's {@code binom.test}.
 */
public final class ClopperPearsonInterval {

  private ClopperPearsonInterval() {}

  /**
   * The Clopper–Pearson interval of {@code k} of {@code n} at confidence {@code level} in (0, 1).
   */
  public static Interval of(long k, long n, double level) {
    Args.requireCounts(k, n);
    double tail = (1 - Args.requireLevel(level)) / 2;
    double p = (double) k / n;
    double lower =
        k == 0 ? 0.0 : BetaDistribution.of(k, n - k + 1.0).inverseCumulativeProbability(tail);
    // The upper tail through the survival function keeps full precision when tail is tiny.
    double upper =
        k == n ? 1.0 : BetaDistribution.of(k + 1.0, n - k).inverseSurvivalProbability(tail);
    return new Interval(Math.min(p, lower), Math.max(p, upper), level);
  }
}
