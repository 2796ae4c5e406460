package dev.evalpress.analyse.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TwoSamplePropertiesTest {

  /** Newcombe (1998), Table II, example (a): 56/70 − 48/80, method 10 gives 0.0524 to 0.3339. */
  @Test
  void newcombeWorkedExample() {
    Interval i = NewcombeInterval.difference(48, 80, 56, 70, 0.95);
    assertThat(i.lower()).isCloseTo(0.0524, within(0.00005));
    assertThat(i.upper()).isCloseTo(0.3339, within(0.00005));
    assertThat(i.contains(0.2)).isTrue();
  }

  @Test
  void newcombeStaysInRangeContainsTheDifferenceAndIsAntisymmetric() {
    long[][] rates = {
      {0, 1}, {1, 1}, {0, 100}, {96, 100}, {3, 7}, {50, 100}, {100, 100}, {1, 3}, {17, 1000}
    };
    for (long[] before : rates) {
      for (long[] after : rates) {
        Interval i = NewcombeInterval.difference(before[0], before[1], after[0], after[1], 0.95);
        double d = (double) after[0] / after[1] - (double) before[0] / before[1];
        assertThat(i.lower()).isBetween(-1.0, 1.0);
        assertThat(i.upper()).isBetween(-1.0, 1.0);
        assertThat(i.contains(d)).isTrue();
        Interval swapped =
            NewcombeInterval.difference(after[0], after[1], before[0], before[1], 0.95);
        assertThat(swapped.lower()).isCloseTo(-i.upper(), within(1e-15));
        assertThat(swapped.upper()).isCloseTo(-i.lower(), within(1e-15));
      }
    }
  }

  @Test
  void rateRatioWithOneZeroCountIsFiniteAndPositive() {
    for (long[] c :
        new long[][] {{0, 100, 96, 100}, {96, 100, 0, 100}, {0, 1, 1, 1}, {3, 150, 0, 150}}) {
      RateRatio r = RateRatio.of(c[0], c[1], c[2], c[3], 0.95).orElseThrow();
      assertThat(r.ratio()).isPositive().isFinite();
      assertThat(r.interval().lower()).isPositive().isFinite();
      assertThat(r.interval().upper()).isFinite();
      assertThat(r.interval().contains(r.ratio())).isTrue();
    }
    // Haldane–Anscombe: (96.5/101) / (0.5/101) = 193.
    assertThat(RateRatio.of(0, 100, 96, 100, 0.95).orElseThrow().ratio())
        .isCloseTo(193.0, within(1e-12));
  }

  @Test
  void rateRatioOfTwoZeroCountsIsUndefined() {
    assertThat(RateRatio.of(0, 100, 0, 100, 0.95)).isEmpty();
    assertThat(RateRatio.of(0, 1, 0, 7, 0.99)).isEmpty();
  }

  @Test
  void rateRatioMayFallOrRiseAndInvertsWhenSwapped() {
    RateRatio down = RateRatio.of(40, 100, 10, 100, 0.95).orElseThrow();
    RateRatio up = RateRatio.of(10, 100, 40, 100, 0.95).orElseThrow();
    assertThat(down.ratio()).isCloseTo(0.25, within(1e-15));
    assertThat(up.ratio()).isCloseTo(4.0, within(1e-15));
    assertThat(down.interval().lower()).isCloseTo(1 / up.interval().upper(), within(1e-12));
    assertThat(down.interval().upper()).isCloseTo(1 / up.interval().lower(), within(1e-12));
    // All successes in both: ratio 1, and the Katz variance is 0.
    assertThat(RateRatio.of(5, 5, 3, 3, 0.95))
        .contains(new RateRatio(1.0, new Interval(1.0, 1.0, 0.95)));
  }

  @Test
  void fisherIsSymmetricBoundedAndOneWithoutInformation() {
    assertThat(FisherExactTest.twoSidedP(0, 100, 0, 100)).isEqualTo(1.0);
    assertThat(FisherExactTest.twoSidedP(100, 100, 7, 7)).isEqualTo(1.0);
    assertThat(FisherExactTest.twoSidedP(50, 100, 50, 100)).isEqualTo(1.0);
    long[][] rates = {{0, 1}, {1, 1}, {0, 100}, {96, 100}, {3, 7}, {50, 100}, {1, 3}, {17, 1000}};
    for (long[] a : rates) {
      for (long[] b : rates) {
        double p = FisherExactTest.twoSidedP(a[0], a[1], b[0], b[1]);
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(FisherExactTest.twoSidedP(b[0], b[1], a[0], a[1]))
            .isCloseTo(p, within(1e-15 + 1e-12 * p));
      }
    }
    assertThat(FisherExactTest.twoSidedP(0, 100, 96, 100)).isLessThan(1e-50);
  }

  /**
   * Tables of equal probability count in the two-sided sum. For (0 2; 2 3) the possible tables have
   * probabilities 10/21, 10/21 and 1/21, so p = 1 (R and SciPy agree; Commons' own test gives
   * 11/21).
   */
  @Test
  void fisherCountsTablesOfEqualProbability() {
    assertThat(FisherExactTest.twoSidedP(0, 2, 2, 5)).isEqualTo(1.0);
    assertThat(FisherExactTest.twoSidedP(2, 2, 3, 5)).isEqualTo(1.0);
    // (3 7; 7 3): R's fisher.test gives 0.1789; the mirrored table (7 3; 3 7) is exactly as
    // probable.
    assertThat(FisherExactTest.twoSidedP(3, 10, 7, 10))
        .isCloseTo(0.17889540799757553, within(1e-12));
  }

  @Test
  void twoSampleMethodsRefuseImpossibleCounts() {
    assertThatThrownBy(() -> FisherExactTest.twoSidedP(3, 2, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FisherExactTest.twoSidedP(0, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FisherExactTest.twoSidedP(0, Integer.MAX_VALUE, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NewcombeInterval.difference(1, 0, 1, 1, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RateRatio.of(0, 1, 0, 1, 0.95)).isEqualTo(Optional.empty());
  }
}
