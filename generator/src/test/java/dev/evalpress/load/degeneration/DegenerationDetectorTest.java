package dev.evalpress.load.degeneration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.evalpress.model.DegenerationReport;
import dev.evalpress.model.RepetitionLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DegenerationDetectorTest {

  private static final DegenerationDetector DETECTOR =
      new DegenerationDetector(DegenerationSettings.DEFAULT);

  @Test
  void loopAtTheTailIsDegenerateAndItsSpanCoversTheRepeats() {
    String prefix = "Once upon a time ";
    String output = prefix + "the cat sat on the mat. ".repeat(5);
    DegenerationReport r = DETECTOR.detect(output);

    assertThat(r.degenerate()).isTrue();
    RepetitionLoop loop = r.loop().orElseThrow();
    assertThat(loop.phraseLength()).isEqualTo(6);
    assertThat(loop.repeats()).isEqualTo(5);
    assertThat(loop.start()).isEqualTo(prefix.length());
    assertThat(loop.end()).isEqualTo(output.length() - 1); // the trailing space is not part of it
    assertThat(output.substring(loop.start(), loop.end()))
        .isEqualTo("the cat sat on the mat. ".repeat(5).strip());
    assertThat(r.tokens()).isEqualTo(4 + 30);
  }

  @Test
  void twoOccurrencesOfALongPhraseAreEnough() {
    DegenerationReport r = DETECTOR.detect("I think that I think that");
    assertThat(r.degenerate()).isTrue();
    assertThat(r.loop()).contains(new RepetitionLoop(3, 2, 0, 25));
  }

  @Test
  void repeatedPhraseNotAtTheTailIsNotDegenerate() {
    String output =
        "the cat sat on the mat. ".repeat(5) + "Then the dog came home and everyone slept.";
    DegenerationReport r = DETECTOR.detect(output);
    assertThat(r.degenerate()).isFalse();
    assertThat(r.loop()).isEmpty();
    assertThat(r.seqRep()).isGreaterThan(0.5); // seq-rep still sees the repetition
  }

  @Test
  void shortTokenRepeatedAFewTimesIsALoopButNotDegenerate() {
    DegenerationReport r = DETECTOR.detect("ha ha ha");
    assertThat(r.loop()).contains(new RepetitionLoop(1, 3, 0, 8));
    assertThat(r.degenerate()).isFalse();
  }

  @Test
  void shortPhraseIsDegenerateOnlyAboveFiftyRepeats() {
    DegenerationReport fifty = DETECTOR.detect("ha ".repeat(50));
    assertThat(fifty.loop().orElseThrow().phraseLength()).isEqualTo(1);
    assertThat(fifty.loop().orElseThrow().repeats()).isEqualTo(50);
    assertThat(fifty.degenerate()).isFalse(); // the reference's "> 50" is strict

    DegenerationReport fiftyOne = DETECTOR.detect("ha ".repeat(51));
    assertThat(fiftyOne.loop().orElseThrow().repeats()).isEqualTo(51);
    assertThat(fiftyOne.degenerate()).isTrue();

    DegenerationReport pairs = DETECTOR.detect("no way ".repeat(51));
    assertThat(pairs.loop().orElseThrow().phraseLength()).isEqualTo(2);
    assertThat(pairs.degenerate()).isTrue();
  }

  @Test
  void multiplesOfThePeriodCountLessSoTheSmallestPeriodWins() {
    // n=2 counts 4 ("a b" ×4), n=4 counts 2 ("a b a b" ×2), n=6 and n=8 count 1.
    DegenerationReport r = DETECTOR.detect("a b a b a b a b");
    assertThat(r.loop()).contains(new RepetitionLoop(2, 4, 0, 15));
    assertThat(r.degenerate()).isFalse(); // n=2 < 3 and 4 <= 50

    // n=3 counts 4, n=6 counts 2, n=12 counts 1.
    DegenerationReport abc = DETECTOR.detect("a b c a b c a b c a b c");
    assertThat(abc.loop()).contains(new RepetitionLoop(3, 4, 0, 23));
    assertThat(abc.degenerate()).isTrue();
  }

  @Test
  void exactTieBetweenPhraseLengthsPicksTheSmallest() {
    // "z a z a a" twice: n=5 counts 2. The last two tokens are "a a": n=1 counts 2 as well ("z"
    // stops it);
    // n=2 ("a a" after "z a"), n=3 and n=4 count 1. The tie goes to the smallest n, as Python's max
    // over
    // range(90) does in the reference. A quirk of the reference, kept on purpose: n=5 with 2
    // repeats would be
    // degenerate (n >= 3), but the winner n=1 with 2 repeats is not.
    DegenerationReport r = DETECTOR.detect("z a z a a z a z a a");
    assertThat(r.loop().orElseThrow().phraseLength()).isEqualTo(1);
    assertThat(r.loop().orElseThrow().repeats()).isEqualTo(2);
    assertThat(r.degenerate()).isFalse();
  }

  @Test
  void numberedListIsNotALoop() {
    DegenerationReport r = DETECTOR.detect("1. apples 2. pears 3. plums");
    assertThat(r.loop()).isEmpty();
    assertThat(r.degenerate()).isFalse();
    assertThat(r.seqRep()).isZero();

    StringBuilder list = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      list.append(i).append(". item\n");
    }
    DegenerationReport longList = DETECTOR.detect(list.toString());
    assertThat(longList.degenerate()).isFalse();
    assertThat(longList.loop()).isEmpty();
  }

  @Test
  void unicodeTokensAndSpansUseCharOffsets() {
    // CJK separated by ideographic and ordinary spaces, an emoji (surrogate pair), a combining
    // accent.
    String prefix = "猫\u3000が ";
    String phrase = "😀 cafe\u0301 犬 ";
    String output = prefix + phrase.repeat(3);
    DegenerationReport r = DETECTOR.detect(output);

    RepetitionLoop loop = r.loop().orElseThrow();
    assertThat(loop.phraseLength()).isEqualTo(3);
    assertThat(loop.repeats()).isEqualTo(3);
    assertThat(r.degenerate()).isTrue();
    assertThat(r.tokens()).isEqualTo(2 + 9);
    assertThat(loop.start()).isEqualTo(prefix.length());
    assertThat(output.substring(loop.start(), loop.end())).isEqualTo(phrase.repeat(3).strip());
    assertThat(Character.isLowSurrogate(output.charAt(loop.start()))).isFalse();
  }

  @Test
  void noBreakSpaceDoesNotSeparateTokens() {
    DegenerationReport r = DETECTOR.detect("100\u00A0km 100\u00A0km");
    assertThat(r.tokens()).isEqualTo(2);
    assertThat(r.loop()).contains(new RepetitionLoop(1, 2, 0, 13));
  }

  @Test
  void emptyAndWhitespaceOnlyOutputs() {
    for (String output : List.of("", " ", "\n\t \r\n", "\u2003\u3000")) {
      DegenerationReport r = DETECTOR.detect(output);
      assertThat(r.degenerate()).isFalse();
      assertThat(r.loop()).isEmpty();
      assertThat(r.seqRep()).isZero();
      assertThat(r.tokens()).isZero();
    }
  }

  @Test
  void singleToken() {
    DegenerationReport r = DETECTOR.detect("  hello\n");
    assertThat(r.tokens()).isEqualTo(1);
    assertThat(r.loop()).isEmpty();
    assertThat(r.degenerate()).isFalse();
    assertThat(r.seqRep()).isZero();
  }

  @Test
  void phraseLongerThanMaxPhraseLengthIsNotFound() {
    String output = distinctWords(95).repeat(3);
    DegenerationReport byDefault = DETECTOR.detect(output);
    assertThat(byDefault.loop()).isEmpty();
    assertThat(byDefault.degenerate()).isFalse();

    DegenerationDetector wider = new DegenerationDetector(new DegenerationSettings(100, 3, 50, 4));
    DegenerationReport r = wider.detect(output);
    assertThat(r.loop().orElseThrow().phraseLength()).isEqualTo(95);
    assertThat(r.loop().orElseThrow().repeats()).isEqualTo(3);
    assertThat(r.loop().orElseThrow().start()).isZero();
    assertThat(r.degenerate()).isTrue();

    assertThat(DETECTOR.detect(distinctWords(90).repeat(2)).loop().orElseThrow().phraseLength())
        .isEqualTo(90);
  }

  @Test
  void settingsChangeTheRule() {
    DegenerationDetector strict = new DegenerationDetector(new DegenerationSettings(90, 1, 50, 4));
    assertThat(strict.detect("ha ha").degenerate()).isTrue();
    DegenerationDetector lenient = new DegenerationDetector(new DegenerationSettings(90, 5, 2, 4));
    assertThat(lenient.detect("a b c a b c").degenerate()).isFalse();
    assertThat(lenient.detect("ha ha ha").degenerate()).isTrue();
  }

  @Test
  void seqRepByHand() {
    // 4-grams: abcd bcda cdab dabc abcd → 1 − 4/5
    assertThat(DETECTOR.detect("a b c d a b c d").seqRep()).isCloseTo(0.2, within(1e-12));
    // 4-grams: xxxx ×3 → 1 − 1/3
    assertThat(DETECTOR.detect("x x x x x x").seqRep()).isCloseTo(2.0 / 3, within(1e-12));
    // 4-grams: abcd bcde → all unique
    assertThat(DETECTOR.detect("a b c d e").seqRep()).isZero();
    // exactly n tokens: one 4-gram, unique
    assertThat(DETECTOR.detect("a b c d").seqRep()).isZero();
    // fewer than n tokens
    assertThat(DETECTOR.detect("a b c").seqRep()).isZero();
    // seq-rep-2 of "a b a b a": ab ba ab ba → 1 − 2/4
    DegenerationDetector two = new DegenerationDetector(new DegenerationSettings(90, 3, 50, 2));
    assertThat(two.detect("a b a b a").seqRep()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void spanAlwaysLiesInTheStringAndStartsAtATokenBoundary() {
    Random random = new Random(20240607L);
    String[] vocabulary = {"a", "b", "c", "ab", "é", "😀", "猫", "1.", "x\u0301"};
    String[] separators = {" ", "  ", "\n", "\t", "\u3000", " \r\n"};
    for (int trial = 0; trial < 3000; trial++) {
      StringBuilder sb = new StringBuilder();
      if (random.nextBoolean()) {
        sb.append(separators[random.nextInt(separators.length)]);
      }
      int words = random.nextInt(60);
      List<String> phrase = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(5); i++) {
        phrase.add(vocabulary[random.nextInt(vocabulary.length)]);
      }
      for (int i = 0; i < words; i++) {
        sb.append(vocabulary[random.nextInt(vocabulary.length)])
            .append(separators[random.nextInt(separators.length)]);
      }
      for (int rep = random.nextInt(6); rep > 0; rep--) {
        for (String w : phrase) {
          sb.append(w).append(separators[random.nextInt(separators.length)]);
        }
      }
      if (random.nextBoolean() && sb.length() > 0) {
        sb.setLength(sb.length() - 1);
      }
      String output = sb.toString();
      DegenerationReport r = DETECTOR.detect(output);
      assertThat(r.seqRep()).isBetween(0.0, 1.0);
      r.loop()
          .ifPresent(
              loop -> {
                assertThat(loop.start()).isBetween(0, output.length());
                assertThat(loop.end()).isBetween(loop.start() + 1, output.length());
                assertThat(Character.isWhitespace(output.charAt(loop.start()))).isFalse();
                assertThat(
                        loop.start() == 0
                            || Character.isWhitespace(output.charAt(loop.start() - 1)))
                    .isTrue();
                assertThat(output.substring(loop.end()).isBlank()).isTrue();
                assertThat(Character.isWhitespace(output.charAt(loop.end() - 1))).isFalse();
                // the span is the phrase repeated: its tokens are periodic with period phraseLength
                String[] spanTokens =
                    output.substring(loop.start(), loop.end()).split("\\p{javaWhitespace}+");
                assertThat(spanTokens).hasSize(loop.phraseLength() * loop.repeats());
                for (int i = loop.phraseLength(); i < spanTokens.length; i++) {
                  assertThat(spanTokens[i]).isEqualTo(spanTokens[i - loop.phraseLength()]);
                }
              });
    }
  }

  @Test
  void oneDetectorServesManyThreads() throws Exception {
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      outputs.add("w" + i + " " + "the cat sat on the mat. ".repeat(i % 7) + distinctWords(i % 13));
    }
    List<DegenerationReport> expected = outputs.stream().map(DETECTOR::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<DegenerationReport>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> outputs.stream().map(DETECTOR::detect).toList()));
      }
      for (Future<List<DegenerationReport>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static String distinctWords(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("w").append(i).append(' ');
    }
    return sb.toString();
  }
}
