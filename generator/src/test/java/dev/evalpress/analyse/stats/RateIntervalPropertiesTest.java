package dev.evalpress.analyse.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateIntervalPropertiesTest {

  private static final double[] LEVELS = {0.8, 0.9, 0.95, 0.99};

  @ParameterizedTest
  @EnumSource(RateIntervalMethod.class)
  void staysInUnitIntervalAndContainsTheEstimate(RateIntervalMethod method) {
    for (double level : LEVELS) {
      for (long n = 1; n <= 120; n++) {
        for (long k = 0; k <= n; k++) {
          Interval i = RateInterval.of(method, k, n, level);
          assertThat(i.lower()).isBetween(0.0, 1.0);
          assertThat(i.upper()).isBetween(0.0, 1.0);
          assertThat(i.contains((double) k / n)).as("%s %d/%d at %s", method, k, n, level).isTrue();
          assertThat(i.level()).isEqualTo(level);
        }
      }
      assertThat(RateInterval.of(method, 0, 1_000_000, level).lower()).isZero();
      assertThat(RateInterval.of(method, 1_000_000, 1_000_000, level).upper()).isEqualTo(1.0);
    }
  }

  @ParameterizedTest
  @EnumSource(RateIntervalMethod.class)
  void narrowsAsNGrowsAtFixedEstimate(RateIntervalMethod method) {
    for (long[] rate : new long[][] {{0, 1}, {1, 10}, {1, 2}, {24, 25}, {1, 1}}) {
      double previous = Double.MAX_VALUE;
      for (long m = 1; m <= 100_000; m *= 3) {
        Interval i = RateInterval.of(method, rate[0] * m, rate[1] * m, 0.95);
        double width = i.upper() - i.lower();
        assertThat(width).as("%s %d/%d", method, rate[0] * m, rate[1] * m).isLessThan(previous);
        previous = width;
      }
    }
  }

  @Test
  void widerLevelGivesWiderInterval() {
    for (RateIntervalMethod method : RateIntervalMethod.values()) {
      Interval i90 = RateInterval.of(method, 7, 40, 0.90);
      Interval i95 = RateInterval.of(method, 7, 40, 0.95);
      Interval i99 = RateInterval.of(method, 7, 40, 0.99);
      assertThat(i95.lower()).isLessThan(i90.lower()).isGreaterThan(i99.lower());
      assertThat(i95.upper()).isGreaterThan(i90.upper()).isLessThan(i99.upper());
    }
  }

  /**
   * The exact interval is conservative: at small n it holds the whole Wilson interval and is wider.
   */
  @Test
  void clopperPearsonContainsWilsonAndIsWiderAtSmallN() {
    for (double level : new double[] {0.9, 0.95, 0.99}) {
      for (long n = 1; n <= 12; n++) {
        for (long k = 0; k <= n; k++) {
          Interval wilson = WilsonInterval.of(k, n, level);
          Interval cp = ClopperPearsonInterval.of(k, n, level);
          String what = k + "/" + n + " at " + level;
          assertThat(cp.contains((double) k / n)).as(what).isTrue();
          assertThat(cp.contains((wilson.lower() + wilson.upper()) / 2)).as(what).isTrue();
          assertThat(cp.lower()).as(what).isLessThanOrEqualTo(wilson.lower());
          assertThat(cp.upper()).as(what).isGreaterThanOrEqualTo(wilson.upper());
          assertThat(cp.upper() - cp.lower())
              .as(what)
              .isGreaterThan(wilson.upper() - wilson.lower());
        }
      }
    }
  }

  @Test
  void clopperPearsonClosedFormsAtTheEdges() {
    // k = 0: upper = 1 − (α/2)^(1/n); k = n: lower = (α/2)^(1/n).
    assertThat(ClopperPearsonInterval.of(0, 10, 0.95).upper())
        .isCloseTo(1 - Math.pow(0.025, 0.1), within(1e-14));
    assertThat(ClopperPearsonInterval.of(10, 10, 0.95).lower())
        .isCloseTo(Math.pow(0.025, 0.1), within(1e-14));
    assertThat(ClopperPearsonInterval.of(0, 1, 0.9).upper()).isCloseTo(0.95, within(1e-14));
  }

  @Test
  void wilsonAtLevelAgreesWithThe95Constant() {
    for (long n = 1; n <= 50; n++) {
      for (long k = 0; k <= n; k++) {
        Interval a = WilsonInterval.of95(k, n);
        Interval b = WilsonInterval.of(k, n, 0.95);
        assertThat(b.lower()).isCloseTo(a.lower(), within(1e-15));
        assertThat(b.upper()).isCloseTo(a.upper(), within(1e-15));
      }
    }
    assertThat(Args.z(0.95)).isCloseTo(WilsonInterval.Z_95, within(1e-15));
  }

  @Test
  void normalIntervalAtLevel() {
    assertThat(NormalInterval.of(0.5, 0.1, 0.95))
        .satisfies(
            i -> {
              assertThat(i.lower()).isCloseTo(NormalInterval.of95(0.5, 0.1).lower(), within(1e-15));
              assertThat(i.upper()).isCloseTo(NormalInterval.of95(0.5, 0.1).upper(), within(1e-15));
            });
    Interval i90 = NormalInterval.of(2.0, 0.5, 0.9);
    assertThat(i90.lower()).isCloseTo(2.0 - 1.6448536269514722 * 0.5, within(1e-14));
    assertThat(i90.upper()).isCloseTo(2.0 + 1.6448536269514722 * 0.5, within(1e-14));
    assertThat(NormalInterval.of(1.0, 0.0, 0.99)).isEqualTo(new Interval(1.0, 1.0, 0.99));
    assertThatThrownBy(() -> NormalInterval.of(1.0, -0.1, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NormalInterval.of(1.0, Double.NaN, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, -0.5, 95, Double.NaN})
  void refusesLevelsOutsideTheOpenUnitInterval(double level) {
    for (RateIntervalMethod method : RateIntervalMethod.values()) {
      assertThatThrownBy(() -> RateInterval.of(method, 1, 2, level))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> NormalInterval.of(0, 1, level))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NewcombeInterval.difference(1, 2, 1, 2, level))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RateRatio.of(1, 2, 1, 2, level))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesImpossibleCounts() {
    for (RateIntervalMethod method : RateIntervalMethod.values()) {
      assertThatThrownBy(() -> RateInterval.of(method, 5, 4, 0.95))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> RateInterval.of(method, 0, 0, 0.95))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> RateInterval.of(method, -1, 4, 0.95))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> RateInterval.of(null, 1, 4, 0.95))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void methodLabelsRoundTrip() {
    assertThat(RateIntervalMethod.WILSON.label()).isEqualTo("wilson");
    assertThat(RateIntervalMethod.CLOPPER_PEARSON.label()).isEqualTo("clopper-pearson");
    for (RateIntervalMethod m : RateIntervalMethod.values()) {
      assertThat(RateIntervalMethod.parse(m.label())).contains(m);
    }
    assertThat(RateIntervalMethod.parse(" Clopper-Pearson "))
        .contains(RateIntervalMethod.CLOPPER_PEARSON);
    assertThat(RateIntervalMethod.parse("clopper_pearson")).isEmpty();
    assertThat(RateIntervalMethod.parse("wald")).isEmpty();
    assertThat(RateIntervalMethod.parse("")).isEmpty();
    assertThat(RateIntervalMethod.parse(null)).isEmpty();
  }
}
