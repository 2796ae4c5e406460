package dev.evalpress.analyse.stats;

import static dev.evalpress.analyse.stats.ReferenceCsv.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evalpress.analyse.stats.ReferenceCsv.Row;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HolmCorrectionTest {

  static Stream<Arguments> rows() {
    return ReferenceCsv.arguments("holm.csv");
  }

  @ParameterizedTest
  @MethodSource("rows")
  void matchesStatsmodels(Row row) {
    double[] p = row.doubles("p_values");
    double[] expected = row.doubles("holm_adjusted");
    double[] adjusted = HolmCorrection.adjust(p.clone());
    assertThat(adjusted).hasSameSizeAs(expected);
    for (int i = 0; i < p.length; i++) {
      assertClose("holm[" + i + "]", adjusted[i], expected[i], 1e-12, 1e-15);
    }
  }

  @Test
  void isMonotoneNeverBelowRawCappedAtOneAndLeavesInputAlone() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 200; trial++) {
      double[] p =
          random.doubles(1 + random.nextInt(30), 0, random.nextBoolean() ? 0.1 : 1).toArray();
      double[] copy = p.clone();
      double[] adjusted = HolmCorrection.adjust(p);
      assertThat(p).containsExactly(copy);
      for (int i = 0; i < p.length; i++) {
        assertThat(adjusted[i]).isBetween(p[i], 1.0);
        for (int j = 0; j < p.length; j++) {
          if (p[i] <= p[j]) {
            assertThat(adjusted[i]).isLessThanOrEqualTo(adjusted[j]);
          }
        }
      }
    }
  }

  @Test
  void edgeCases() {
    assertThat(HolmCorrection.adjust(new double[0])).isEmpty();
    assertThat(HolmCorrection.adjust(new double[] {0.2})).containsExactly(0.2);
    assertThat(HolmCorrection.adjust(new double[] {0.5, 0.5})).containsExactly(1.0, 1.0);
    assertThatThrownBy(() -> HolmCorrection.adjust(new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HolmCorrection.adjust(new double[] {1.5}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
