package dev.evalpress.load.degeneration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.RepetitionLoop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the linear-time search against a direct transcription of the counting in
 * ari-holtzman/degen {@code metrics/repetition.py}: per n, count starts at 1 and grows while the
 * next complete block of n tokens, walking backwards, equals the last n tokens; the first maximum
 * wins.
 */
class TailRepetitionTest {

  /**
   * {count, n} for the best n, as the reference computes them (including count 1 when nothing
   * repeats).
   */
  private static int[] reference(List<String> gen, int maxN) {
    List<String> rev = new ArrayList<>(gen);
    Collections.reverse(rev);
    int[] lastNRepeats = new int[maxN];
    for (int n = 1; n <= maxN; n++) {
      int nRepeat = 1;
      while (n * (nRepeat + 1) <= rev.size()
          && rev.subList(n * nRepeat, n * (nRepeat + 1)).equals(rev.subList(0, n))) {
        nRepeat++;
      }
      lastNRepeats[n - 1] = nRepeat;
    }
    int best = 0;
    for (int x = 1; x < maxN; x++) {
      if (lastNRepeats[x] > lastNRepeats[best]) {
        best = x;
      }
    }
    return new int[] {lastNRepeats[best], best + 1};
  }

  @Test
  void agreesWithTheReferenceCountingOnRandomTokenSequences() {
    Random random = new Random(7L);
    for (int trial = 0; trial < 20_000; trial++) {
      int alphabet = 1 + random.nextInt(4);
      int maxN = 1 + random.nextInt(12);
      List<String> tokens = new ArrayList<>();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        tokens.add("t" + random.nextInt(alphabet));
      }
      if (random.nextBoolean() && !tokens.isEmpty()) { // append a loop of a random tail phrase
        int p = 1 + random.nextInt(Math.min(tokens.size(), 8));
        List<String> phrase = new ArrayList<>(tokens.subList(tokens.size() - p, tokens.size()));
        for (int r = random.nextInt(5); r > 0; r--) {
          tokens.addAll(phrase);
        }
      }
      String text = String.join(" ", tokens);
      Optional<RepetitionLoop> found = TailRepetition.find(new ReverseTokens(text), maxN);
      if (tokens.isEmpty()) {
        assertThat(found).isEmpty(); // the reference itself fails on an empty generation
        continue;
      }
      int[] expected = reference(tokens, maxN);
      if (expected[0] > 1) {
        assertThat(found).as(text + " maxN=" + maxN).isPresent();
        assertThat(found.get().repeats()).as(text + " maxN=" + maxN).isEqualTo(expected[0]);
        assertThat(found.get().phraseLength()).as(text + " maxN=" + maxN).isEqualTo(expected[1]);
      } else {
        assertThat(found).as(text + " maxN=" + maxN).isEmpty();
      }
    }
  }

  @Test
  void countIncludesTheFinalOccurrenceAndNeedsCompleteBlocks() {
    // "a b c b c": the last "b c" and the block before it count 2 (the final occurrence is
    // included);
    // the block before that is just "a", incomplete, so counting stops. n=1: "c" then "b", count 1.
    assertThat(TailRepetition.find(new ReverseTokens("a b c b c"), 90))
        .contains(new RepetitionLoop(2, 2, 2, 9));
    // "c b c": for n=2 the block before "b c" is only "c", incomplete, so count 1.
    assertThat(TailRepetition.find(new ReverseTokens("c b c"), 90)).isEmpty();
  }

  @Test
  void longLoopOfOneTokenIsLinear() {
    String text = "ha ".repeat(200_000);
    Optional<RepetitionLoop> loop = TailRepetition.find(new ReverseTokens(text), 90);
    assertThat(loop).contains(new RepetitionLoop(1, 200_000, 0, text.length() - 1));
  }
}
