package dev.evalpress.analyse;

import dev.evalpress.analyse.stats.FisherExactTest;
import dev.evalpress.analyse.stats.HolmCorrection;
import dev.evalpress.analyse.stats.Interval;
import dev.evalpress.analyse.stats.NewcombeInterval;
import dev.evalpress.analyse.stats.RateRatio;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.Score;
import dev.evalpress.model.StatisticsSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Compares two versions' estimates: rates with Fisher's exact test, a Newcombe interval for the
 * difference and a log interval for the ratio; scores with a two-sided z-test and a normal
 * interval. The verdict is "improved" or "regressed" when the (Holm-adjusted) p-value is below
 * alpha, in the metric's direction; otherwise "no detectable change". Immutable and thread-safe.
 */
public final class Comparer {

  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

  /**
   * Above this many samples in the two groups Fisher's exact test (linear in n) gives way to the
   * two-proportion z-test, which is accurate at such sizes.
   */
  static final long FISHER_LIMIT = 200_000;

  private final double level;
  private final double alpha;

  public Comparer(StatisticsSettings settings) {
    this.level = settings.level();
    this.alpha = settings.alpha();
  }

  /** The confidence level of difference intervals, such as 0.95. */
  public double level() {
    return level;
  }

  /** The significance level verdicts are tested at, such as 0.05. */
  public double alpha() {
    return alpha;
  }

  /**
   * The two-sided normal quantile of {@link #level()} (1.959964 at 95%) that the Wilson, Newcombe
   * and normal intervals use: the browser's compare page takes it from here rather than computing a
   * quantile itself.
   */
  public double z() {
    return NORMAL.inverseSurvivalProbability((1 - level) / 2);
  }

  /** Above this many samples in two groups, rates are compared with the two-proportion z-test. */
  public static long fisherLimit() {
    return FISHER_LIMIT;
  }

  /** True when both estimates can be compared (counts with counts, or scores with scores). */
  public static boolean comparable(Estimate before, Estimate after) {
    return before.measurement() instanceof Counts && after.measurement() instanceof Counts
        || before.measurement() instanceof Score && after.measurement() instanceof Score;
  }

  /** One comparison on its own. */
  public Comparison compare(Estimate before, Estimate after, Direction direction) {
    List<Estimate[]> pair = List.<Estimate[]>of(new Estimate[] {before, after});
    return compareAll(pair, direction).get(0);
  }

  /**
   * A family of comparisons (such as every condition of an eval), with Holm's correction over the
   * family applied to the verdicts. Each pair is {@code {before, after}}.
   */
  public List<Comparison> compareAll(List<Estimate[]> pairs, Direction direction) {
    double[] p = new double[pairs.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = pValue(pairs.get(i)[0], pairs.get(i)[1]);
    }
    double[] adjusted = pairs.size() == 1 ? p : HolmCorrection.adjust(p);
    List<Comparison> out = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      Estimate before = pairs.get(i)[0];
      Estimate after = pairs.get(i)[1];
      SignificanceTest test =
          new SignificanceTest(testName(before, after), p[i], adjusted[i], pairs.size());
      out.add(
          new Comparison(
              before,
              after,
              differenceInterval(before, after),
              ratio(before, after),
              test,
              verdict(after.value() - before.value(), adjusted[i], direction)));
    }
    return out;
  }

  private Verdict verdict(double difference, double p, Direction direction) {
    if (!(p < alpha) || difference == 0) {
      return Verdict.NO_DETECTABLE_CHANGE;
    }
    boolean lower = difference < 0;
    return lower == (direction == Direction.LOWER_IS_BETTER) ? Verdict.IMPROVED : Verdict.REGRESSED;
  }

  private static double pValue(Estimate before, Estimate after) {
    if (!comparable(before, after)) {
      throw new IllegalArgumentException(
          "cannot compare " + before.measurement() + " with " + after.measurement());
    }
    if (before.measurement() instanceof Counts b && after.measurement() instanceof Counts a) {
      return b.n() + a.n() <= FISHER_LIMIT
          ? FisherExactTest.twoSidedP(b.k(), b.n(), a.k(), a.n())
          : twoProportionP(b, a);
    }
    Score b = (Score) before.measurement();
    Score a = (Score) after.measurement();
    double se = Math.sqrt(b.stderr() * b.stderr() + a.stderr() * a.stderr());
    double d = a.mean() - b.mean();
    if (se == 0) {
      return d == 0 ? 1.0 : 0.0;
    }
    return Math.min(1.0, 2 * NORMAL.survivalProbability(Math.abs(d) / se));
  }

  /**
   * Two-proportion z-test with the pooled standard error, for samples too large for the exact test.
   */
  private static double twoProportionP(Counts b, Counts a) {
    double pooled = (double) (b.k() + a.k()) / (b.n() + a.n());
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / b.n() + 1.0 / a.n()));
    double d = a.rate() - b.rate();
    if (se == 0) {
      return d == 0 ? 1.0 : 0.0;
    }
    return Math.min(1.0, 2 * NORMAL.survivalProbability(Math.abs(d) / se));
  }

  /** The name of the test {@link #pValue} uses for this pair. */
  static String testName(Estimate before, Estimate after) {
    if (before.measurement() instanceof Counts b && after.measurement() instanceof Counts a) {
      return b.n() + a.n() <= FISHER_LIMIT
          ? SignificanceTest.FISHER
          : SignificanceTest.TWO_PROPORTION;
    }
    return SignificanceTest.Z_TEST;
  }

  private Interval differenceInterval(Estimate before, Estimate after) {
    if (before.measurement() instanceof Counts b && after.measurement() instanceof Counts a) {
      return NewcombeInterval.difference(b.k(), b.n(), a.k(), a.n(), level);
    }
    Score b = (Score) before.measurement();
    Score a = (Score) after.measurement();
    double half =
        NORMAL.inverseSurvivalProbability((1 - level) / 2)
            * Math.sqrt(b.stderr() * b.stderr() + a.stderr() * a.stderr());
    double d = a.mean() - b.mean();
    return new Interval(d - half, d + half, level);
  }

  private Optional<RateRatio> ratio(Estimate before, Estimate after) {
    if (before.measurement() instanceof Counts b && after.measurement() instanceof Counts a) {
      return RateRatio.of(b.k(), b.n(), a.k(), a.n(), level);
    }
    return Optional.empty();
  }
}
