package dev.evalpress.load.degeneration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evalpress.model.DegenerationReport;
import dev.evalpress.model.RepetitionLoop;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DegenerationSettingsTest {

  @Test
  void defaultsAreThePublishedThresholds() {
    assertThat(DegenerationSettings.DEFAULT).isEqualTo(new DegenerationSettings(90, 3, 50, 4));
  }

  @Test
  void rejectsValuesBelowOne() {
    assertThatThrownBy(() -> new DegenerationSettings(0, 1, 50, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPhraseLength");
    assertThatThrownBy(() -> new DegenerationSettings(90, 0, 50, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minPhraseLength");
    assertThatThrownBy(() -> new DegenerationSettings(90, 3, 0, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minRepeatsForShortPhrases");
    assertThatThrownBy(() -> new DegenerationSettings(90, 3, 50, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seqRepN");
    assertThatThrownBy(() -> new DegenerationSettings(-5, 3, 50, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMinPhraseLengthAboveMax() {
    assertThatThrownBy(() -> new DegenerationSettings(2, 3, 50, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not exceed");
    assertThat(new DegenerationSettings(3, 3, 1, 1).maxPhraseLength()).isEqualTo(3);
  }

  @Test
  void recordsRejectInconsistentValues() {
    assertThatThrownBy(() -> new RepetitionLoop(0, 2, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RepetitionLoop(1, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RepetitionLoop(1, 2, 5, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DegenerationReport(true, Optional.empty(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DegenerationReport(false, Optional.empty(), Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DegenerationReport(false, Optional.empty(), 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DegenerationDetector(null))
        .isInstanceOf(NullPointerException.class);
  }
}
