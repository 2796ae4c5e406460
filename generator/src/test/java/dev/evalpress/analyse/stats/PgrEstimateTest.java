package dev.evalpress.analyse.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PgrEstimateTest {

  @Test
  void pointValueIsThePlugInFormula() {
    PgrEstimate e = PgrEstimate.of(20, 100, 50, 100, 80, 100, 0.95, 500, 1).orElseThrow();
    assertThat(e.pgr()).isCloseTo((0.5 - 0.2) / (0.8 - 0.2), within(1e-15));
    PgrEstimate uneven = PgrEstimate.of(3, 40, 70, 90, 11, 12, 0.9, 200, 1).orElseThrow();
    assertThat(uneven.pgr()).isEqualTo((70.0 / 90 - 3.0 / 40) / (11.0 / 12 - 3.0 / 40));
    assertThat(uneven.resamples()).isEqualTo(200);
    assertThat(uneven.seed()).isEqualTo(1);
    assertThat(uneven.interval().level()).isEqualTo(0.9);
  }

  @Test
  void sameSeedGivesTheSameBitsAndAnotherSeedDiffers() {
    PgrEstimate a = PgrEstimate.of(200, 1000, 520, 1000, 800, 1000, 0.95, 2000, 42).orElseThrow();
    PgrEstimate b = PgrEstimate.of(200, 1000, 520, 1000, 800, 1000, 0.95, 2000, 42).orElseThrow();
    assertThat(b).isEqualTo(a);
    assertThat(Double.doubleToRawLongBits(b.interval().lower()))
        .isEqualTo(Double.doubleToRawLongBits(a.interval().lower()));
    assertThat(Double.doubleToRawLongBits(b.interval().upper()))
        .isEqualTo(Double.doubleToRawLongBits(a.interval().upper()));
    PgrEstimate c = PgrEstimate.of(200, 1000, 520, 1000, 800, 1000, 0.95, 2000, 43).orElseThrow();
    assertThat(c.pgr()).isEqualTo(a.pgr());
    assertThat(c.interval()).isNotEqualTo(a.interval());
  }

  @Test
  void intervalIsSensibleForAWellResolvedGap() {
    PgrEstimate e = PgrEstimate.of(200, 1000, 520, 1000, 800, 1000, 0.95, 2000, 42).orElseThrow();
    assertThat(e.interval().contains(e.pgr())).isTrue();
    // The delta-method standard error is about 0.030 here, so the 95% interval spans roughly ±0.06.
    assertThat(e.interval().lower()).isBetween(0.43, 0.50);
    assertThat(e.interval().upper()).isBetween(0.57, 0.63);
    Interval narrower =
        PgrEstimate.of(200, 1000, 520, 1000, 800, 1000, 0.8, 2000, 42).orElseThrow().interval();
    assertThat(narrower.upper() - narrower.lower())
        .isLessThan(e.interval().upper() - e.interval().lower());
  }

  @Test
  void mayLeaveTheUnitInterval() {
    PgrEstimate over = PgrEstimate.of(20, 100, 95, 100, 60, 100, 0.95, 500, 3).orElseThrow();
    assertThat(over.pgr()).isGreaterThan(1);
    PgrEstimate under = PgrEstimate.of(50, 100, 30, 100, 90, 100, 0.95, 500, 3).orElseThrow();
    assertThat(under.pgr()).isNegative();
    // A falling "gap": strong below weak is allowed, PGR is still the ratio of differences.
    assertThat(PgrEstimate.of(80, 100, 50, 100, 20, 100, 0.95, 100, 3).orElseThrow().pgr())
        .isCloseTo(0.5, within(1e-15));
  }

  @Test
  void emptyWhenStrongEqualsWeak() {
    assertThat(PgrEstimate.of(30, 100, 50, 100, 30, 100, 0.95, 100, 1)).isEmpty();
    assertThat(PgrEstimate.of(1, 3, 1, 2, 2, 6, 0.95, 100, 1)).isEmpty();
    assertThat(PgrEstimate.of(0, 10, 0, 10, 0, 20, 0.95, 100, 1)).isEmpty();
  }

  @Test
  void unboundedWhenTooManyResamplesHaveNoGap() {
    // 1/5 against 2/5: strong and weak resamples coincide far more often than 5% of the time.
    PgrEstimate e = PgrEstimate.of(1, 5, 2, 5, 2, 5, 0.95, 1000, 9).orElseThrow();
    assertThat(e.pgr()).isEqualTo(1.0);
    assertThat(e.interval().lower()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(e.interval().upper()).isEqualTo(Double.POSITIVE_INFINITY);
    // Degenerate rates never resample a gap of zero: 0/10 and 10/10 stay put, so the interval is a
    // point.
    PgrEstimate fixed = PgrEstimate.of(0, 10, 5, 10, 10, 10, 0.95, 300, 9).orElseThrow();
    assertThat(fixed.interval().lower()).isLessThan(0.5).isGreaterThan(0.0);
    assertThat(fixed.interval().upper()).isGreaterThan(0.5).isLessThan(1.0);
  }

  @Test
  void largeCountsUseTheInversionSampler() {
    PgrEstimate e =
        PgrEstimate.of(200_000, 1_000_000, 520_000, 1_000_000, 800_000, 1_000_000, 0.95, 200, 5)
            .orElseThrow();
    assertThat(e.pgr()).isCloseTo(0.52 / 0.6 - 0.2 / 0.6, within(1e-12));
    assertThat(e.interval().contains(e.pgr())).isTrue();
    assertThat(e.interval().upper() - e.interval().lower()).isLessThan(0.01);
    assertThat(
            PgrEstimate.of(
                200_000, 1_000_000, 520_000, 1_000_000, 800_000, 1_000_000, 0.95, 200, 5))
        .contains(e);
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> PgrEstimate.of(1, 2, 1, 2, 2, 2, 0.95, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PgrEstimate.of(1, 2, 1, 2, 2, 2, 1.0, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PgrEstimate.of(3, 2, 1, 2, 2, 2, 0.95, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PgrEstimate.of(0, 1L << 32, 1, 2, 2, 2, 0.95, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
