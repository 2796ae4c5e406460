package dev.evalpress.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void removesCharactersThatAreIllegalInXml() {
    assertThat(Text.clean("a\u0000b\u0008c\uFFFEd\uD800e")).isEqualTo("a b c d e");
  }

  @Test
  void collapsesWhitespaceAndTrims() {
    assertThat(Text.clean("  Claude\n\tSonnet   4.5 ")).isEqualTo("Claude Sonnet 4.5");
  }

  @Test
  void entityLookalikesAreKeptLiteralRatherThanDecodedByJFreeSvg() {
    // JFreeSVG passes "&lt;" through unescaped; a word joiner after '&' makes it escape the '&'
    assertThat(Text.clean("AT&amp;T &lt;b&gt; & co"))
        .isEqualTo("AT&\u2060amp;T &\u2060lt;b&\u2060gt; & co");
  }

  @Test
  void capsVeryLongLabels() {
    String cleaned = Text.clean("x".repeat(1000));

    assertThat(cleaned).hasSize(Text.MAX_LENGTH).endsWith("\u2026");
  }

  @Test
  void nullBecomesEmpty() {
    assertThat(Text.clean(null)).isEmpty();
  }
}
