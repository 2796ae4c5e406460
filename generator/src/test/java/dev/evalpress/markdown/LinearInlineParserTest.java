package dev.evalpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The linear inline parser reads every inline construct exactly as Flexmark's own parser does. */
class LinearInlineParserTest {

  private static String html(MutableDataSet options, String markdown) {
    return HtmlRenderer.builder(options)
        .build()
        .render(Parser.builder(options).build().parse(markdown));
  }

  private static MutableDataSet withoutLinearParser() {
    MutableDataSet options = MarkdownDialect.options();
    List<Extension> stock = new ArrayList<>(Parser.EXTENSIONS.get(options));
    stock.removeIf(e -> e instanceof LinearInlineParser.Extension);
    options.set(Parser.EXTENSIONS, stock);
    return options;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Some `code`, ``two ` ticks``, and `unclosed.",
        "A [link](https://example.org \"title\"), ![image](a.png), <https://example.org> and"
            + " <b>html</b> &amp; &#35; &copy; \\* escaped.",
        "[ref] and [text][ref] and [missing][].\n\n[ref]: https://example.org/r 'Title'\n",
        "Footnote[^1] and *emphasis* __strong__ ~~no~~.\n\n[^1]: The note.\n",
        "| a | b |\n|---|:-:|\n| `x` | [y](z) |\n",
        "The rate {{rate agentic/task-000 atlas-1}} and {{ broken.",
        "Line one  \nline two\\\nline three <!-- comment --> `a` `b` `c`",
      })
  void rendersAsFlexmarksOwnParser(String markdown) {
    assertThat(html(MarkdownDialect.options(), markdown))
        .isEqualTo(html(withoutLinearParser(), markdown));
  }

  @ParameterizedTest
  @ValueSource(strings = {"`a ", "[a ", "<a ", "&a ", "[a](b) ", "`` x ` "})
  void readsLongParagraphsOfOneConstructAsFlexmarkDoes(String unit) {
    String markdown = "Start " + unit.repeat(3000) + "end.\n";
    assertThat(html(MarkdownDialect.options(), markdown))
        .isEqualTo(html(withoutLinearParser(), markdown));
  }
}
