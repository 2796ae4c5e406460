package dev.evalpress.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.junit.jupiter.api.Test;

class TextLinesTest {

  private static final Font FONT = ChartStyle.TICK_FONT;
  private static final String CONDITION = "goal=explicit-america, urgency=replacement";

  @Test
  void wrapsAtSpacesWhenEveryWordFits() {
    double width = TextLines.width("goal=explicit-america,", FONT) + 1;

    assertThat(TextLines.wrap(CONDITION, FONT, width, 4))
        .hasValue(java.util.List.of("goal=explicit-america,", "urgency=replacement"));
    assertThat(TextLines.wrap(CONDITION, FONT, 1000, 4)).hasValue(java.util.List.of(CONDITION));
  }

  @Test
  void breaksATooLongWordAfterAnEqualsSignOrHyphen() {
    double width = TextLines.width("goal=explicit-", FONT) + 1;

    assertThat(TextLines.wrap(CONDITION, FONT, width, 4))
        .hasValue(java.util.List.of("goal=explicit-", "america,", "urgency=", "replacement"));
  }

  @Test
  void failsWhenAPieceIsTooWideOrThereAreTooManyLines() {
    assertThat(TextLines.wrap(CONDITION, FONT, TextLines.width("urgency", FONT), 10)).isEmpty();
    assertThat(TextLines.wrap(CONDITION, FONT, TextLines.width("goal=explicit-", FONT) + 1, 3))
        .isEmpty();
  }

  @Test
  void wrapOrCutEndsWithAnEllipsisWhenTheTextDoesNotFit() {
    java.util.List<String> lines =
        TextLines.wrapOrCut(
            "Claude Sonnet 4.5 (2025-09-29 snapshot, extended thinking)", FONT, 120, 2);

    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).endsWith("\u2026");
    assertThat(lines).allMatch(l -> TextLines.width(l, FONT) <= 120);
    assertThat(TextLines.cut("short", FONT, 120)).isEqualTo("short");
    assertThat(TextLines.wrapOrCut("", FONT, 120, 2)).isEmpty();
  }
}
