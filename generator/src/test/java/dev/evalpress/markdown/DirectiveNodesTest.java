package dev.evalpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectiveNodesTest {

  private static final Parser PARSER = Parser.builder(MarkdownDialect.options()).build();

  private static int directives(String markdown) {
    Document document = MarkdownDialect.parse(PARSER, markdown, 1);
    return DirectiveNodes.blocks(document).size() + DirectiveNodes.references(document).size();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "```chart\nmetric: x\n```\n",
        "~~~ table\nmetric: x\n~~~\n",
        "````sample \r\nmetric: x\r\n````\r\n",
        "> ```chart\n> metric: x\n> ```\n",
        "- item\n\n  ```sample\n  metric: x\n  ```\n",
        "```\tchart\t\nmetric: x\n```\n",
        "The rate was {{rate blackmail m-1}} overall.\n",
        "A reference that wraps {{rate\nblackmail m-1}} onto the next line.\n",
        "| a | b |\n|---|---|\n| {{n blackmail m-1}} | 2 |\n",
      })
  void aBodyWithADirectiveMayHoldOne(String markdown) {
    assertThat(directives(markdown)).as("the parse finds a directive").isPositive();
    assertThat(DirectiveNodes.mayHold(markdown)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "## Heading {#h}\n\nProse with a table of results[^1] and a chart.\n\n[^1]: A sample.\n",
        "```python\ndef chart(table, sample):\n    return 1\n```\n",
        "Braces { and } and {single} and `{ {` apart.\n",
        "| chart | table |\n|---|---|\n| sample | 1 |\n",
        "    ```chart (indented code, not a fence: still parsed to be sure)\n",
      })
  void aBodyWithoutOneNeedsNoParse(String markdown) {
    assertThat(directives(markdown)).isZero();
    if (DirectiveNodes.mayHold(markdown)) {
      // allowed (the check is wide), but only for the last case
      assertThat(markdown).startsWith("    ```chart");
    }
  }
}
