package dev.evalpress.analyse.degeneration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The backward, tail-only search gives exactly the full detector's loop and verdict. */
class DetectLoopTest {

  private final DegenerationDetector detector = new DegenerationDetector(DegenerationSettings.DEFAULT);

  @Test
  void agreesWithTheFullDetectorOnRandomOutputs() {
    SplittableRandom random = new SplittableRandom(42);
    String[] vocabulary = {"a", "b", "c", "the", "cat", "sat", "ünï", "日本", "x\u00a0y", "longerthanseven"};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int tokens = random.nextInt(400);
      for (int t = 0; t < tokens; t++) {
        text.append(vocabulary[random.nextInt(random.nextInt(vocabulary.length) + 1)]);
        text.append(random.nextInt(20) == 0 ? "\n  " : " ");
      }
      if (random.nextBoolean()) {
        String phrase = " " + vocabulary[random.nextInt(vocabulary.length)] + " " + vocabulary[random.nextInt(3)];
        text.append(phrase.repeat(random.nextInt(60)));
      }
      String output = text.toString();
      DegenerationReport full = detector.detect(output);
      DegenerationReport tail = detector.detectLoop(output);
      assertThat(tail.loop()).as(output).isEqualTo(full.loop());
      assertThat(tail.degenerate()).as(output).isEqualTo(full.degenerate());
    }
  }
}
