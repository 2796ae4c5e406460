package dev.evalpress.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.Category;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.Source;
import org.junit.jupiter.api.Test;

class VerdictWordsTest {

  private static VerdictWords of(Category category, Direction direction) {
    return VerdictWords.of(
        new EvalDefinition("e", "E", "m", category, direction, Source.file("x")));
  }

  @Test
  void aHarmfulRatesCountedSampleIsFlaggedAndAnAlarm() {
    VerdictWords words = of(Category.MISALIGNMENT, Direction.LOWER_IS_BETTER);
    assertThat(words.word(true)).isEqualTo("flagged");
    assertThat(words.word(false)).isEqualTo("not flagged");
    assertThat(words.alarm(true)).isTrue();
    assertThat(words.alarm(false)).isFalse();
  }

  @Test
  void aFlaggedSampleOfAHigherIsBetterEvalIsNoAlarm() {
    VerdictWords words = of(Category.OTHER, Direction.HIGHER_IS_BETTER);
    assertThat(words.word(true)).isEqualTo("flagged");
    assertThat(words.alarm(true)).isFalse();
  }

  @Test
  void anAccuracysSamplesAreCorrectOrIncorrectAndNeverAnAlarm() {
    VerdictWords words = of(Category.CAPABILITY, Direction.HIGHER_IS_BETTER);
    assertThat(words.word(true)).isEqualTo("correct");
    assertThat(words.word(false)).isEqualTo("incorrect");
    assertThat(words.alarm(true)).isFalse();
  }

  @Test
  void anErrorRatesCountedSampleIsAnErrorFlaggedNotACorrectAnswer() {
    // e.g. transcription_error_rate: a true verdict is an output that does not match the reference
    VerdictWords words = of(Category.CAPABILITY, Direction.LOWER_IS_BETTER);
    assertThat(words.word(true)).isEqualTo("flagged");
    assertThat(words.alarm(true)).isTrue();
  }
}
