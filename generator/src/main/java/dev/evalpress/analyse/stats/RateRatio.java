package dev.evalpress.analyse.stats;

import java.util.Optional;

/**
 * Ratio p_after / p_before of two rates with the log (Katz) interval (Katz, Baptista, Azen and Pike
 * 1978, "Obtaining confidence intervals for the risk ratio in cohort studies", Biometrics
 * 34:469–474):
 *
 * <pre>
 *   r = (k₂/n₂) / (k₁/n₁),   interval exp(ln r ± z·√(1/k₂ − 1/n₂ + 1/k₁ − 1/n₁))
 * </pre>
 *
 * with index 1 = before, 2 = after and z the two-sided normal quantile of the level. Zero counts:
 *
 * <ul>
 *   <li>both k = 0: no ratio is defined (0/0), the result is empty;
 *   <li>exactly one k = 0: the Haldane–Anscombe correction adds 0.5 to every k and every n − k (so
 *       each rate becomes (k + 0.5)/(n + 1)) for the point estimate and the interval alike, which
 *       keeps both finite and positive (Haldane 1956; Anscombe 1956);
 *   <li>otherwise the raw counts are used.
 * </ul>
 *
 * The ratio may be below or above 1. Matches statsmodels {@code
 * confint_proportions_2indep(method="log", compare="ratio")} on the raw or, with one zero count,
 * the corrected counts.
 */
public record RateRatio(double ratio, Interval interval) {

  public RateRatio {
    if (!(ratio > 0) || Double.isInfinite(ratio) || !interval.contains(ratio)) {
      throw new IllegalArgumentException(
          "need a finite ratio > 0 inside its interval, got " + ratio);
    }
  }

  /**
   * The ratio {@code (kAfter/nAfter) / (kBefore/nBefore)} with its interval at {@code level} in (0,
   * 1).
   */
  public static Optional<RateRatio> of(
      long kBefore, long nBefore, long kAfter, long nAfter, double level) {
    Args.requireCounts(kBefore, nBefore);
    Args.requireCounts(kAfter, nAfter);
    double z = Args.z(level);
    if (kBefore == 0 && kAfter == 0) {
      return Optional.empty();
    }
    double correction = kBefore == 0 || kAfter == 0 ? 0.5 : 0.0;
    double k1 = kBefore + correction;
    double n1 = nBefore + 2 * correction;
    double k2 = kAfter + correction;
    double n2 = nAfter + 2 * correction;
    double logRatio = Math.log((k2 / n2) / (k1 / n1));
    double half = z * Math.sqrt(Math.max(0.0, 1 / k2 - 1 / n2 + 1 / k1 - 1 / n1));
    double ratio = Math.exp(logRatio);
    Interval interval =
        new Interval(
            Math.min(ratio, Math.exp(logRatio - half)),
            Math.max(ratio, Math.exp(logRatio + half)),
            level);
    return Optional.of(new RateRatio(ratio, interval));
  }
}
