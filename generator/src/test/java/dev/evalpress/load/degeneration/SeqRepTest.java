package dev.evalpress.load.degeneration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeqRepTest {

  /** 1 − |set of n-grams| / |n-grams|, as Welleck et al.'s ngram_metrics, with 0 for no n-grams. */
  private static double naive(String text, int n) {
    String[] tokens =
        text.strip().isEmpty() ? new String[0] : text.strip().split("\\p{javaWhitespace}+");
    if (tokens.length < n) {
      return 0.0;
    }
    Set<List<String>> unique = new HashSet<>();
    int grams = tokens.length - n + 1;
    for (int i = 0; i < grams; i++) {
      unique.add(List.of(tokens).subList(i, i + n));
    }
    return 1.0 - (double) unique.size() / grams;
  }

  @Test
  void matchesTheDefinitionOnRandomTexts() {
    Random random = new Random(11L);
    for (int trial = 0; trial < 5_000; trial++) {
      int n = 1 + random.nextInt(6);
      int alphabet = 1 + random.nextInt(5);
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(80); i > 0; i--) {
        sb.append((char) ('a' + random.nextInt(alphabet)))
            .append(random.nextInt(10) == 0 ? "\n" : " ");
      }
      String text = sb.toString();
      assertThat(SeqRep.of(WhitespaceTokens.of(text), n))
          .as(text + " n=" + n)
          .isCloseTo(naive(text, n), within(1e-12));
    }
  }

  @Test
  void handComputedValues() {
    // 2-grams of "a b c a b": ab bc ca ab → 1 − 3/4
    assertThat(SeqRep.of(WhitespaceTokens.of("a b c a b"), 2)).isCloseTo(0.25, within(1e-12));
    // unigrams of "to be or not to be": 4 unique of 6
    assertThat(SeqRep.of(WhitespaceTokens.of("to be or not to be"), 1))
        .isCloseTo(1 - 4.0 / 6, within(1e-12));
    // 3-grams of "to be or not to be": to-be-or be-or-not or-not-to not-to-be: all unique
    assertThat(SeqRep.of(WhitespaceTokens.of("to be or not to be"), 3)).isZero();
  }

  @Test
  void largeTextsStayExact() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      sb.append('w').append(i % 1000).append(' ');
    }
    // 50,000 tokens cycling through 1000 words: 1000 distinct 4-grams out of 49,997
    assertThat(SeqRep.of(WhitespaceTokens.of(sb.toString()), 4))
        .isCloseTo(1 - 1000.0 / 49_997, within(1e-12));
  }
}
