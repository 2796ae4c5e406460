package dev.evalpress.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.evalpress.model.Counts;
import dev.evalpress.model.Scalar;
import dev.evalpress.model.Score;
import dev.evalpress.model.ScoreBounds;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EstimateTest {

  private static final Estimator E = Estimator.DEFAULT;

  @Test
  void ratesCarryCountsAndWilsonInterval() {
    Estimate e = E.estimate(new Counts(96, 100));
    assertThat(e.isRate()).isTrue();
    assertThat(e.value()).isEqualTo(0.96);
    assertThat(e.k().getAsLong()).isEqualTo(96);
    assertThat(e.n().getAsLong()).isEqualTo(100);
    assertThat(e.interval().orElseThrow().lower()).isCloseTo(0.9016, within(0.0001));
  }

  @Test
  void clopperPearsonIsUsedWhenConfigured() {
    Estimator exact =
        new Estimator(new dev.evalpress.model.StatisticsSettings("clopper-pearson", 0.95, 0.05));
    Estimate e = exact.estimate(new Counts(0, 10));
    // Exact upper bound for 0/10 at 95%: 1 − 0.025^(1/10) = 0.3085
    assertThat(e.interval().orElseThrow().upper()).isCloseTo(0.3085, within(0.0001));
  }

  @Test
  void pooledRateIsSumOfCountsNotMeanOfRates() {
    Estimate pooled = E.pooled(List.of(new Counts(0, 100), new Counts(3, 50)));
    assertThat(pooled.k().getAsLong()).isEqualTo(3);
    assertThat(pooled.n().getAsLong()).isEqualTo(150);
    assertThat(pooled.value()).isEqualTo(0.02);
  }

  @Test
  void scoresGetANormalIntervalAndPoolByWeight() {
    Estimate one = E.estimate(new Score(0.25, 0.02, 400));
    assertThat(one.isRate()).isFalse();
    assertThat(one.interval().orElseThrow().lower())
        .isCloseTo(0.25 - 1.959964 * 0.02, within(1e-6));
    Estimate pooled = E.pooled(List.of(new Score(0.2, 0.02, 100), new Score(0.4, 0.04, 300)));
    assertThat(pooled.value()).isCloseTo(0.35, within(1e-12));
    // sqrt(100² · 0.02² + 300² · 0.04²) / 400
    assertThat(pooled.n().getAsLong()).isEqualTo(400);
    double se = Math.sqrt(100 * 100 * 0.0004 + 300 * 300 * 0.0016) / 400;
    assertThat(pooled.interval().orElseThrow().upper())
        .isCloseTo(0.35 + 1.959964 * se, within(1e-6));
  }

  @Test
  void bareNumbersHaveNoInterval() {
    Estimate e = E.estimate(new Scalar(2.31));
    assertThat(e.interval()).isEmpty();
    assertThat(e.n()).isEmpty();
  }

  @Test
  void aBoundedScoresIntervalIsClippedToItsBoundsAndSaysSo() {
    // two epochs reduced by the mean: per-sample values 0.5 and 1, accuracy 0.75 with stderr 0.25
    Estimate e = E.estimate(new Score(0.75, 0.25, 2, Optional.of(ScoreBounds.UNIT)));

    assertThat(e.interval().orElseThrow().lower()).isCloseTo(0.75 - 1.959964 * 0.25, within(1e-6));
    assertThat(e.interval().orElseThrow().upper()).isEqualTo(1.0);
    assertThat(e.clippedTo()).contains(ScoreBounds.UNIT);
  }

  @Test
  void aBoundedScoreWhoseIntervalFitsIsNotClipped() {
    Estimate e = E.estimate(new Score(0.5, 0.1, 100, Optional.of(ScoreBounds.UNIT)));

    assertThat(e.interval().orElseThrow().lower()).isCloseTo(0.5 - 1.959964 * 0.1, within(1e-6));
    assertThat(e.clippedTo()).isEmpty();
    assertThat(E.estimate(new Score(0.75, 0.25, 2)).interval().orElseThrow().upper())
        .isGreaterThan(1);
  }

  @Test
  void noBoundedScoreGetsAnIntervalOutsideItsBoundsAlonePooledOrAtAnyLevel() {
    java.util.Random random = new java.util.Random(10);
    for (double level : new double[] {0.8, 0.95, 0.999}) {
      Estimator estimator =
          new Estimator(new dev.evalpress.model.StatisticsSettings("wilson", level, 0.05));
      for (int i = 0; i < 2000; i++) {
        Score a =
            new Score(
                random.nextDouble(),
                random.nextDouble(),
                1 + random.nextInt(50),
                Optional.of(ScoreBounds.UNIT));
        Score b =
            new Score(
                random.nextInt(2),
                random.nextDouble() / 10,
                1 + random.nextInt(50),
                Optional.of(ScoreBounds.UNIT));
        for (Estimate e : List.of(estimator.estimate(a), estimator.pooled(List.of(a, b)))) {
          assertThat(e.interval().orElseThrow().lower()).as("%s", e).isBetween(0.0, e.value());
          assertThat(e.interval().orElseThrow().upper()).as("%s", e).isBetween(e.value(), 1.0);
        }
      }
    }
  }

  @Test
  void poolingKeepsBoundsOnlyWhenEveryScoreHasThem() {
    Score bounded = new Score(0.9, 0.2, 10, Optional.of(ScoreBounds.UNIT));
    Score other = new Score(0.95, 0.2, 10);

    assertThat(((Score) E.pooled(List.of(bounded, bounded)).measurement()).bounds())
        .contains(ScoreBounds.UNIT);
    assertThat(((Score) E.pooled(List.of(bounded, other)).measurement()).bounds()).isEmpty();
    assertThat(E.pooled(List.of(bounded, other)).interval().orElseThrow().upper()).isGreaterThan(1);
  }
}
