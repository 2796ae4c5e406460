package dev.evalpress.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.Source;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void quotedControlCharactersLineBreaksAndBidiOverridesStayOnOneVisibleLine() {
    Problem p =
        new Problem(
            new Source("results/a\nb.json", 3, 4), "got \"x\ny\r\u0000\u001b[31m\u2028\u202e\"");

    assertThat(p.toString())
        .isEqualTo(
            "results/a\\u000ab.json:3:4: got \"x\\u000ay\\u000d\\u0000\\u001b[31m\\u2028\\u202e\"");
  }

  @Test
  void otherTextIsUnchangedButATabIsEscaped() {
    assertThat(new Problem(new Source("content/é.md", 1, 2), "expected \"–\"\ttab").toString())
        .isEqualTo("content/é.md:1:2: expected \"–\"\\u0009tab");
  }
}
