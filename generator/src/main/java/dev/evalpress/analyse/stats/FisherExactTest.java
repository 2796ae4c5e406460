package dev.evalpress.analyse.stats;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * Two-sided p-value of Fisher's exact test (Fisher 1935, "The logic of inductive inference") on the
 * 2×2 table
 *
 * <pre>
 *   ( k_before   n_before − k_before )
 *   ( k_after    n_after  − k_after  )
 * </pre>
 *
 * Given the margins, the top-left cell X is hypergeometric; the p-value is the total probability of
 * the tables no more probable than the observed one, P(X = x) ≤ P(X = k_before)·(1 + 10⁻⁷), the
 * definition and relative tolerance of R's {@code fisher.test} (SciPy's {@code fisher_exact} uses
 * 10⁻¹⁴). The tolerance matters: tables of exactly equal probability (e.g. (0 2; 2 3), p = 1) must
 * count, and the Apache Commons {@code inference.FisherExactTest} 1.1, which compares without
 * tolerance, drops some of them and can halve the p-value. So the probabilities, the cdf and the
 * survival function come from Commons Statistics' {@link HypergeometricDistribution}, and only the
 * choice of the tables is made here: the pmf is unimodal, so the tables counted are the two tails
 * beyond the points where it falls to the observed probability, found by bisection on each side of
 * the mode.
 */
public final class FisherExactTest {

  /** R's {@code relErr} in {@code fisher.test}. */
  private static final double RELATIVE_TOLERANCE = 1 + 1e-7;

  private FisherExactTest() {}

  /**
   * The two-sided p-value for {@code kBefore} of {@code nBefore} against {@code kAfter} of {@code
   * nAfter}; 1 when the table holds no information (all successes or all failures). The total
   * {@code nBefore + nAfter} must fit an {@code int}.
   */
  public static double twoSidedP(long kBefore, long nBefore, long kAfter, long nAfter) {
    Args.requireCounts(kBefore, nBefore);
    Args.requireCounts(kAfter, nAfter);
    if (nBefore + nAfter > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("total count must be at most " + Integer.MAX_VALUE);
    }
    int population = (int) (nBefore + nAfter);
    int rowBefore = (int) nBefore;
    int successes = (int) (kBefore + kAfter);
    HypergeometricDistribution x = HypergeometricDistribution.of(population, rowBefore, successes);
    int lo = x.getSupportLowerBound();
    int hi = x.getSupportUpperBound();
    int mode =
        (int) ((successes + 1L) * (rowBefore + 1L) / (population + 2L)); // floor((n+1)(K+1)/(N+2))
    double threshold = x.probability((int) kBefore) * RELATIVE_TOLERANCE;
    if (x.probability(mode) <= threshold) {
      return 1.0;
    }
    // pmf is non-decreasing on [lo, mode] and non-increasing on [mode, hi].
    int left = lastAtMost(x, lo, mode - 1, threshold);
    int right = firstAtMost(x, mode + 1, hi, threshold);
    double p =
        (left >= lo ? x.cumulativeProbability(left) : 0.0)
            + (right <= hi ? x.survivalProbability(right - 1) : 0.0);
    return Math.min(1.0, p);
  }

  /**
   * The largest x in [from, to] with pmf(x) ≤ threshold, pmf non-decreasing there; from − 1 if
   * none.
   */
  private static int lastAtMost(HypergeometricDistribution d, int from, int to, double threshold) {
    int a = from - 1;
    int b = to + 1;
    while (b - a > 1) {
      int mid = (a + b) >>> 1;
      if (d.probability(mid) <= threshold) {
        a = mid;
      } else {
        b = mid;
      }
    }
    return a;
  }

  /**
   * The smallest x in [from, to] with pmf(x) ≤ threshold, pmf non-increasing there; to + 1 if none.
   */
  private static int firstAtMost(HypergeometricDistribution d, int from, int to, double threshold) {
    int a = from - 1;
    int b = to + 1;
    while (b - a > 1) {
      int mid = (a + b) >>> 1;
      if (d.probability(mid) <= threshold) {
        b = mid;
      } else {
        a = mid;
      }
    }
    return b;
  }
}
