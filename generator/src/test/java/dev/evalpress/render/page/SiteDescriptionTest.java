package dev.evalpress.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.Category;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteDescriptionTest {

  @Test
  void capabilityEvalsOnlyClaimNothingAboutMisalignment() {
    String d = SiteDescription.derived(Set.of(Category.CAPABILITY), false);
    assertThat(d)
        .isEqualTo(
            "Capability evals across model versions, with sample sizes and confidence intervals.");
    assertThat(d).doesNotContainIgnoringCase("misalignment").doesNotContainIgnoringCase("training");
  }

  @Test
  void namesEveryCategoryInAFixedOrderAndTrainingRunsWhenThereAreAny() {
    assertThat(
            SiteDescription.derived(
                Set.of(Category.CAPABILITY, Category.MISALIGNMENT, Category.DEGENERATION), true))
        .isEqualTo(
            "Misalignment, degeneration and capability evals across model versions and training runs,"
                + " with sample sizes and confidence intervals.");
    assertThat(SiteDescription.derived(Set.of(Category.SYCOPHANCY, Category.MISALIGNMENT), false))
        .startsWith("Misalignment and sycophancy evals across model versions");
  }

  @Test
  void otherEvalsAndEmptySitesStayTrue() {
    assertThat(SiteDescription.derived(Set.of(Category.OTHER), false))
        .isEqualTo("Evals across model versions, with sample sizes and confidence intervals.");
    assertThat(SiteDescription.derived(Set.of(), true))
        .isEqualTo(
            "Training runs, with sample sizes and confidence intervals where they were measured.");
    assertThat(SiteDescription.derived(Set.of(), false)).isEqualTo("Evaluation reports.");
  }

  @Test
  void aDescriptionInTheSettingsIsUsedAsItIs() {
    assertThat(SiteDescription.of(java.util.Optional.of("Mine."), List.of(), false))
        .isEqualTo("Mine.");
  }
}
