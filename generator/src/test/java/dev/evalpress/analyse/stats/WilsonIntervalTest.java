package dev.evalpress.analyse.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

  /**
   * Reference values from the closed form evaluated independently in Python 3 (math module, z =
   * 1.959963984540054), which agree with R's {@code binom::binom.wilson} to the digits shown.
   */
  @ParameterizedTest
  @CsvSource({
    "96, 100, 0.9016, 0.9843",
    "86, 100, 0.7786, 0.9147",
    "182, 200, 0.8622, 0.9423",
    "3, 150, 0.0068, 0.0571",
    "0, 100, 0.0000, 0.0370",
    "20, 20, 0.8389, 1.0000",
    "0, 1, 0.0000, 0.7935",
    "1, 1, 0.2065, 1.0000",
    "500000, 1000000, 0.4990, 0.5010"
  })
  void matchesReferenceValues(long k, long n, double lower, double upper) {
    Interval i = WilsonInterval.of95(k, n);
    assertThat(i.lower()).isCloseTo(lower, within(0.00006));
    assertThat(i.upper()).isCloseTo(upper, within(0.00006));
    assertThat(i.level()).isEqualTo(0.95);
  }

  @Test
  void staysInUnitIntervalContainsEstimateAndNarrowsWithN() {
    double previousWidth = Double.MAX_VALUE;
    for (long n = 1; n <= 300; n += 7) {
      for (long k = 0; k <= n; k += Math.max(1, n / 5)) {
        Interval i = WilsonInterval.of95(k, n);
        assertThat(i.lower()).isBetween(0.0, 1.0);
        assertThat(i.upper()).isBetween(0.0, 1.0);
        assertThat(i.contains((double) k / n)).isTrue();
      }
      Interval half = WilsonInterval.of95(n, 2 * n);
      assertThat(half.upper() - half.lower()).isLessThan(previousWidth);
      previousWidth = half.upper() - half.lower();
    }
    assertThat(width(50, 100)).isGreaterThan(width(500, 1000));
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> WilsonInterval.of95(5, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WilsonInterval.of95(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double width(long k, long n) {
    Interval i = WilsonInterval.of95(k, n);
    return i.upper() - i.lower();
  }
}
