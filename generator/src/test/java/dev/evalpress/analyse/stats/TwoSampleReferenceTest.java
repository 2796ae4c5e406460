package dev.evalpress.analyse.stats;

import static dev.evalpress.analyse.stats.ReferenceCsv.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.analyse.stats.ReferenceCsv.Row;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fisher's exact test against SciPy, Newcombe's difference and the Katz ratio interval against
 * statsmodels (two-sample.csv, fisher-small.csv).
 */
class TwoSampleReferenceTest {

  static Stream<Arguments> rows() {
    return ReferenceCsv.arguments("two-sample.csv");
  }

  @ParameterizedTest
  @MethodSource("rows")
  void fisherMatchesScipy(Row row) {
    double p =
        FisherExactTest.twoSidedP(
            row.longValue("kBefore"),
            row.longValue("nBefore"),
            row.longValue("kAfter"),
            row.longValue("nAfter"));
    assertClose("fisher p", p, row.doubleValue("fisher_p"), 1e-6, 1e-12);
  }

  /** Every table with both n at most 10, where tables of exactly equal probability are common. */
  @Test
  void fisherMatchesScipyOnAllSmallTables() {
    List<Row> rows = ReferenceCsv.read("fisher-small.csv");
    assertThat(rows).hasSize(4225);
    for (Row row : rows) {
      double p =
          FisherExactTest.twoSidedP(
              row.longValue("kBefore"),
              row.longValue("nBefore"),
              row.longValue("kAfter"),
              row.longValue("nAfter"));
      assertClose("fisher p " + row, p, row.doubleValue("fisher_p"), 1e-6, 1e-12);
    }
  }

  @ParameterizedTest
  @MethodSource("rows")
  void newcombeMatchesStatsmodels(Row row) {
    Interval i =
        NewcombeInterval.difference(
            row.longValue("kBefore"),
            row.longValue("nBefore"),
            row.longValue("kAfter"),
            row.longValue("nAfter"),
            row.doubleValue("level"));
    assertClose("newcombe lower", i.lower(), row.doubleValue("newcombe_lower"), 1e-6, 1e-9);
    assertClose("newcombe upper", i.upper(), row.doubleValue("newcombe_upper"), 1e-6, 1e-9);
  }

  @ParameterizedTest
  @MethodSource("rows")
  void ratioMatchesStatsmodels(Row row) {
    Optional<RateRatio> ratio =
        RateRatio.of(
            row.longValue("kBefore"),
            row.longValue("nBefore"),
            row.longValue("kAfter"),
            row.longValue("nAfter"),
            row.doubleValue("level"));
    if (row.has("ratio_lower")) {
      assertThat(ratio).isPresent();
      assertClose(
          "ratio lower",
          ratio.get().interval().lower(),
          row.doubleValue("ratio_lower"),
          1e-6,
          1e-12);
      assertClose(
          "ratio upper",
          ratio.get().interval().upper(),
          row.doubleValue("ratio_upper"),
          1e-6,
          1e-12);
      double raw =
          ((double) row.longValue("kAfter") / row.longValue("nAfter"))
              / ((double) row.longValue("kBefore") / row.longValue("nBefore"));
      assertClose("ratio", ratio.get().ratio(), raw, 1e-12, 0);
    } else if (row.has("ratio_corrected_lower")) {
      assertThat(ratio).isPresent();
      assertClose(
          "corrected lower",
          ratio.get().interval().lower(),
          row.doubleValue("ratio_corrected_lower"),
          1e-6,
          1e-12);
      assertClose(
          "corrected upper",
          ratio.get().interval().upper(),
          row.doubleValue("ratio_corrected_upper"),
          1e-6,
          1e-12);
    } else {
      assertThat(row.longValue("kBefore")).isZero();
      assertThat(row.longValue("kAfter")).isZero();
      assertThat(ratio).isEmpty();
    }
  }
}
