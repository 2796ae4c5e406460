package dev.evalpress.render.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.analyse.Change;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Scalar;
import dev.evalpress.model.Score;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EstimateTextTest {

  @Test
  void rateReadsAsInTheIssue() {
    assertThat(EstimateText.full(Estimate.of(new Counts(96, 100)))).isEqualTo("96% (95% CI 90.2–98.4%, n = 100)");
  }

  @Test
  void percentagesKeepOneDecimalOnlyWhenNeeded() {
    assertThat(EstimateText.value(Estimate.of(new Counts(7, 8)))).isEqualTo("87.5%");
    assertThat(EstimateText.value(Estimate.of(new Counts(1, 3)))).isEqualTo("33.3%");
    assertThat(EstimateText.value(Estimate.of(new Counts(29, 100)))).isEqualTo("29%");
    assertThat(EstimateText.value(Estimate.of(new Counts(0, 100)))).isEqualTo("0%");
    assertThat(EstimateText.value(Estimate.of(new Counts(1, 1000)))).isEqualTo("0.1%");
    assertThat(EstimateText.interval(Estimate.of(new Counts(0, 100)))).isEqualTo("0.0–3.7%");
  }

  @Test
  void scoresAndNumbers() {
    assertThat(EstimateText.full(Estimate.of(new Score(0.25, 0.02, 400))))
        .isEqualTo("0.250 (95% CI 0.211 to 0.289, n = 400)");
    assertThat(EstimateText.full(Estimate.of(new Scalar(-1.5)))).isEqualTo("\u22121.500");
    assertThat(EstimateText.k(Estimate.of(new Score(0.25, 0.02, 400)))).isEmpty();
  }

  @Test
  void changesAreSignedPercentagePoints() {
    Estimate before = Estimate.of(new Counts(91, 100));
    Estimate after = Estimate.of(new Counts(2, 100));
    assertThat(EstimateText.change(new Change(before, after))).isEqualTo("\u221289.0 pts");
    assertThat(EstimateText.change(new Change(after, before))).isEqualTo("+89.0 pts");
    assertThat(EstimateText.change(new Change(after, after))).isEqualTo("\u00b10.0 pts");
  }

  @Test
  void doesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(EstimateText.full(Estimate.of(new Counts(7, 8)))).isEqualTo("87.5% (95% CI 52.9–97.8%, n = 8)");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
