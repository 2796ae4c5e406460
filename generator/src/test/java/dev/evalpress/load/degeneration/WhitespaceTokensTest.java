package dev.evalpress.load.degeneration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceTokensTest {

  @Test
  void fastWhitespaceCheckAgreesWithCharacterIsWhitespaceForEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(WhitespaceTokens.isWhitespace((char) c))
          .as("U+%04X", c)
          .isEqualTo(Character.isWhitespace((char) c));
    }
  }

  @Test
  void tokensKeepOffsetsIntoTheOriginalString() {
    String text = "  héllo\tworld\n😀 cafe\u0301\u3000猫 ";
    WhitespaceTokens t = WhitespaceTokens.of(text);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < t.count; i++) {
      tokens.add(t.token(i));
    }
    assertThat(tokens).containsExactly("héllo", "world", "😀", "cafe\u0301", "猫");
    assertThat(t.starts[0]).isEqualTo(2);
    assertThat(t.ends[0]).isEqualTo(7);
    assertThat(t.starts[2]).isEqualTo(text.indexOf("😀"));
    assertThat(t.ends[2]).isEqualTo(text.indexOf("😀") + 2);
  }

  @Test
  void sameIsExactStringEquality() {
    WhitespaceTokens t = WhitespaceTokens.of("Aa BB Aa aA BBB");
    assertThat(t.same(0, 2)).isTrue();
    assertThat(t.same(0, 1)).isFalse(); // equal String.hashCode, different strings
    assertThat(t.same(0, 3)).isFalse();
    assertThat(t.same(1, 4)).isFalse();
  }

  @Test
  void shortLatin1TokensHaveExactKeysAndOthersHashedKeys() {
    // 7 chars: packed; 8 chars: hashed; a char above U+00FF: hashed; U+00E9 is Latin-1: packed.
    WhitespaceTokens t = WhitespaceTokens.of("abcdefg abcdefgh 猫 café \u0000a a");
    assertThat(t.keys[0]).isNotNegative();
    assertThat(t.keys[1]).isNegative();
    assertThat(t.keys[2]).isNegative();
    assertThat(t.keys[3]).isNotNegative();
    // the length is part of a packed key: "\0a" and "a" differ although their packed chars are
    // equal
    assertThat(t.keys[4]).isNotEqualTo(t.keys[5]);
    assertThat(t.same(4, 5)).isFalse();
  }

  @Test
  void sameComparesEveryKindOfTokenExactly() {
    String[] words = {
      "a",
      "ab",
      "abcdefg",
      "abcdefh",
      "abcdefgh",
      "abcdefgi",
      "internationalization",
      "internationalizatiom",
      "猫",
      "猫猫",
      "😀",
      "😁",
      "é",
      "e\u0301",
      "\u00FF",
      "\u0100"
    };
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      sb.append(w).append(' ');
    }
    for (String w : words) {
      sb.append(w).append('\n');
    }
    WhitespaceTokens t = WhitespaceTokens.of(sb.toString());
    assertThat(t.count).isEqualTo(2 * words.length);
    for (int i = 0; i < t.count; i++) {
      for (int j = 0; j < t.count; j++) {
        assertThat(t.same(i, j))
            .as("%s vs %s", t.token(i), t.token(j))
            .isEqualTo(t.token(i).equals(t.token(j)));
      }
    }
  }

  @Test
  void growsBeyondItsInitialCapacity() {
    String text = "a ".repeat(10_000);
    WhitespaceTokens t = WhitespaceTokens.of(text);
    assertThat(t.count).isEqualTo(10_000);
    assertThat(t.starts[9_999]).isEqualTo(19_998);
  }
}
