package dev.evalpress.render.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.analyse.Comparer;
import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.Estimator;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.Scalar;
import dev.evalpress.model.Score;
import dev.evalpress.model.StatisticsSettings;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EstimateTextTest {

  private static final Estimator E = Estimator.DEFAULT;

  @Test
  void countsGroupThousandsWithCommasLikeTheRootLocaleFormat() {
    long[] values = {
      0,
      7,
      -7,
      999,
      1_000,
      -1_000,
      12_345,
      999_999,
      1_000_000,
      -123_456_789,
      Long.MAX_VALUE,
      Long.MIN_VALUE
    };
    for (long v : values) {
      assertThat(EstimateText.count(v)).isEqualTo(String.format(Locale.ROOT, "%,d", v));
    }
    assertThat(EstimateText.count(100_000)).isEqualTo("100,000");
  }

  @Test
  void rateReadsAsInTheIssue() {
    assertThat(EstimateText.full(E.estimate(new Counts(96, 100))))
        .isEqualTo("96% (95% CI 90.2–98.4%, n = 100)");
  }

  @Test
  void percentagesKeepOneDecimalOnlyWhenNeeded() {
    assertThat(EstimateText.value(E.estimate(new Counts(7, 8)))).isEqualTo("87.5%");
    assertThat(EstimateText.value(E.estimate(new Counts(1, 3)))).isEqualTo("33.3%");
    assertThat(EstimateText.value(E.estimate(new Counts(29, 100)))).isEqualTo("29%");
    assertThat(EstimateText.value(E.estimate(new Counts(0, 100)))).isEqualTo("0%");
    assertThat(EstimateText.value(E.estimate(new Counts(1, 1000)))).isEqualTo("0.1%");
    assertThat(EstimateText.interval(E.estimate(new Counts(0, 100)))).isEqualTo("0.0–3.7%");
  }

  @Test
  void scoresAndNumbers() {
    assertThat(EstimateText.full(E.estimate(new Score(0.25, 0.02, 400))))
        .isEqualTo("0.250 (95% CI 0.211 to 0.289, n = 400)");
    assertThat(EstimateText.full(E.estimate(new Scalar(-1.5)))).isEqualTo("\u22121.500");
    assertThat(EstimateText.k(E.estimate(new Score(0.25, 0.02, 400)))).isEmpty();
  }

  private static final Comparer COMPARER = new Comparer(StatisticsSettings.DEFAULT);

  private static Comparison compare(Counts before, Counts after) {
    return COMPARER.compare(E.estimate(before), E.estimate(after), Direction.LOWER_IS_BETTER);
  }

  @Test
  void changesAreSignedPercentagePoints() {
    assertThat(EstimateText.change(compare(new Counts(91, 100), new Counts(2, 100))))
        .isEqualTo("\u221289.0 pts");
    assertThat(EstimateText.change(compare(new Counts(2, 100), new Counts(91, 100))))
        .isEqualTo("+89.0 pts");
    assertThat(EstimateText.change(compare(new Counts(2, 100), new Counts(2, 100))))
        .isEqualTo("\u00b10.0 pts");
  }

  @Test
  void deltaReadsAsInTheIssue() {
    // Newcombe interval for 0/100 − 96/100, Fisher's exact p far below 0.001.
    assertThat(EstimateText.delta(compare(new Counts(96, 100), new Counts(0, 100))))
        .isEqualTo(
            "96% \u2192 0% (\u221296.0 pts, 95% CI \u221298.4 to \u221289.1; improved, Fisher p < 0.001)");
    assertThat(EstimateText.delta(compare(new Counts(10, 100), new Counts(12, 100))))
        .startsWith("10% \u2192 12% (+2.0 pts, 95% CI ")
        .endsWith("; no detectable change, Fisher p = 0.822)");
  }

  @Test
  void ratioReadsAsFoldChange() {
    assertThat(EstimateText.ratio(compare(new Counts(96, 100), new Counts(30, 100))))
        .startsWith("96% \u2192 30% (3.2\u00d7 lower, 95% CI ")
        .endsWith("; improved, Fisher p < 0.001)");
  }

  @Test
  void doesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(EstimateText.full(E.estimate(new Counts(7, 8))))
          .isEqualTo("87.5% (95% CI 52.9–97.8%, n = 8)");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aClippedIntervalSaysToWhatBounds() {
    Estimate clipped =
        E.estimate(
            new Score(0.75, 0.25, 2, java.util.Optional.of(dev.evalpress.model.ScoreBounds.UNIT)));

    assertThat(EstimateText.interval(clipped)).isEqualTo("0.260 to 1.000, clipped to [0, 1]");
    assertThat(EstimateText.full(clipped))
        .isEqualTo("0.750 (95% CI 0.260 to 1.000, clipped to [0, 1], n = 2)");
    assertThat(EstimateText.interval(E.estimate(new Score(0.75, 0.25, 2))))
        .isEqualTo("0.260 to 1.240");
  }
}
