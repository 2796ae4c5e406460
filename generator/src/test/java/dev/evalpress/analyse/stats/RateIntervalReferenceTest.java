package dev.evalpress.analyse.stats;

import static dev.evalpress.analyse.stats.ReferenceCsv.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.analyse.stats.ReferenceCsv.Row;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wilson and Clopper–Pearson intervals against statsmodels {@code proportion_confint}
 * (rate-intervals.csv).
 */
class RateIntervalReferenceTest {

  private static final double RELATIVE = 1e-6;
  private static final double ABSOLUTE = 1e-9;

  static Stream<Arguments> rows() {
    return ReferenceCsv.arguments("rate-intervals.csv");
  }

  @ParameterizedTest
  @MethodSource("rows")
  void wilsonMatchesStatsmodels(Row row) {
    Interval i =
        RateInterval.of(
            RateIntervalMethod.WILSON,
            row.longValue("k"),
            row.longValue("n"),
            row.doubleValue("level"));
    assertClose("wilson lower", i.lower(), row.doubleValue("wilson_lower"), RELATIVE, ABSOLUTE);
    assertClose("wilson upper", i.upper(), row.doubleValue("wilson_upper"), RELATIVE, ABSOLUTE);
    assertThat(i.level()).isEqualTo(row.doubleValue("level"));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void clopperPearsonMatchesStatsmodels(Row row) {
    Interval i =
        RateInterval.of(
            RateIntervalMethod.CLOPPER_PEARSON,
            row.longValue("k"),
            row.longValue("n"),
            row.doubleValue("level"));
    assertClose("cp lower", i.lower(), row.doubleValue("cp_lower"), RELATIVE, ABSOLUTE);
    assertClose("cp upper", i.upper(), row.doubleValue("cp_upper"), RELATIVE, ABSOLUTE);
    assertThat(i.level()).isEqualTo(row.doubleValue("level"));
  }
}
