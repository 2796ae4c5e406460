package dev.evalpress.analyse.stats;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.DiscreteDistribution;

/**
 * Performance gap recovered, PGR = (weakToStrong − weak) / (strongCeiling − weak) (Burns et al.
 * 2023, "Weak-to-strong generalization: eliciting strong capabilities with weak supervision",
 * arXiv:2312.09390), on three rates k/n, with a percentile bootstrap interval (Efron and Tibshirani
 * 1993, ch. 13).
 *
 * <p>Bootstrap: each of the three rates is resampled as Binomial(n, k/n) (a parametric bootstrap
 * over the counts), {@code resamples} times, and the interval is the (1 − level)/2 and (1 +
 * level)/2 quantiles of the resampled PGRs (Hyndman–Fan type 7, linear interpolation, as R's and
 * NumPy's default). A resample in which strong and weak rates coincide has no PGR and is skipped. A
 * skipped resample stands for an unbounded PGR, so once more than a fraction 1 − level of the
 * resamples is skipped no finite interval at that level is justified, and the interval is (−∞, +∞);
 * the same holds if none is left.
 *
 * <p>Reproducibility: the random stream is {@code RandomSource.XO_RO_SHI_RO_128_PP.create(seed)},
 * drawn in the order weak, weak-to-strong, strong for each resample; binomial draws use Commons
 * RNG's Marsaglia–Tsang–Wang table sampler, or Commons Statistics' inversion sampler where the
 * table cannot be built (n ≥ 65536, or (1 − p)ⁿ underflows). The seed, the number of resamples and
 * these library versions fix the result exactly. The point estimate is the plug-in value; neither
 * it nor the interval is limited to [0, 1].
 */
public record PgrEstimate(double pgr, Interval interval, int resamples, long seed) {

  /**
   * The PGR of the three rates with a bootstrap interval; empty when strong = weak (no gap to
   * recover).
   */
  public static Optional<PgrEstimate> of(
      long kWeak,
      long nWeak,
      long kW2s,
      long nW2s,
      long kStrong,
      long nStrong,
      double level,
      int resamples,
      long seed) {
    Args.requireIntCounts(kWeak, nWeak);
    Args.requireIntCounts(kW2s, nW2s);
    Args.requireIntCounts(kStrong, nStrong);
    Args.requireLevel(level);
    if (resamples < 1) {
      throw new IllegalArgumentException("need at least one resample, got " + resamples);
    }
    if (kStrong * nWeak == kWeak * nStrong) {
      return Optional.empty();
    }
    double pgr = pgr(kWeak, nWeak, kW2s, nW2s, kStrong, nStrong);

    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    DiscreteDistribution.Sampler weak = binomial(rng, nWeak, kWeak);
    DiscreteDistribution.Sampler w2s = binomial(rng, nW2s, kW2s);
    DiscreteDistribution.Sampler strong = binomial(rng, nStrong, kStrong);
    double[] values = new double[resamples];
    int kept = 0;
    for (int b = 0; b < resamples; b++) {
      long w = weak.sample();
      long t = w2s.sample();
      long s = strong.sample();
      if (s * nWeak != w * nStrong) {
        values[kept++] = pgr(w, nWeak, t, nW2s, s, nStrong);
      }
    }
    Interval interval;
    if (kept == 0 || resamples - kept > (1 - level) * resamples) {
      interval = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, level);
    } else {
      double[] bounds =
          Quantile.withDefaults()
              .with(Quantile.EstimationMethod.HF7)
              .withCopy(false)
              .evaluate(Arrays.copyOf(values, kept), (1 - level) / 2, (1 + level) / 2);
      interval = new Interval(bounds[0], bounds[1], level);
    }
    return Optional.of(new PgrEstimate(pgr, interval, resamples, seed));
  }

  /** The plug-in PGR; the caller ensures strong ≠ weak. */
  static double pgr(long kWeak, long nWeak, long kW2s, long nW2s, long kStrong, long nStrong) {
    double weak = (double) kWeak / nWeak;
    return ((double) kW2s / nW2s - weak) / ((double) kStrong / nStrong - weak);
  }

  private static DiscreteDistribution.Sampler binomial(UniformRandomProvider rng, long n, long k) {
    double p = (double) k / n;
    try {
      return MarsagliaTsangWangDiscreteSampler.Binomial.of(rng, (int) n, p)::sample;
    } catch (IllegalArgumentException tableTooLarge) {
      return BinomialDistribution.of((int) n, p).createSampler(rng);
    }
  }
}
