package dev.evalpress.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.markdown.BlockDirective;
import dev.evalpress.markdown.InlineReference;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  /** Records what it was asked to render and answers with recognisable HTML. */
  static final class RecordingHandler implements DirectiveHandler {
    final List<BlockDirective> blocks = new ArrayList<>();
    final List<InlineReference> inlines = new ArrayList<>();

    @Override
    public String block(BlockDirective directive) {
      blocks.add(directive);
      return "<div class=\"directive\">" + directive.name() + "</div>";
    }

    @Override
    public String inline(InlineReference reference) {
      inlines.add(reference);
      return "<span class=\"ref\">R</span>";
    }
  }

  private final MarkdownRenderer renderer = MarkdownRenderer.create();

  @Test
  void directivesAreHandedOverWithTheirFileLines() {
    RecordingHandler handler = new RecordingHandler();
    String md =
        "# Title\n\nText {{rate a b}} and {{ rate c d }}.\n\n```chart\ntype: bar\neval: x\n```\n\n"
            + "```table\neval: y\n```\n";
    Document html = Jsoup.parse(renderer.render(md, 10, handler).html());
    assertThat(handler.inlines)
        .extracting(InlineReference::text)
        .containsExactly("rate a b", "rate c d");
    assertThat(handler.inlines).extracting(InlineReference::line).containsExactly(12, 12);
    assertThat(handler.inlines).extracting(InlineReference::column).containsExactly(6, 23);
    assertThat(handler.blocks).extracting(BlockDirective::name).containsExactly("chart", "table");
    assertThat(handler.blocks.get(0).line()).isEqualTo(14);
    assertThat(handler.blocks.get(0).bodyLine()).isEqualTo(15);
    assertThat(handler.blocks.get(0).body()).isEqualTo("type: bar\neval: x\n");
    assertThat(html.select("div.directive")).hasSize(2);
    assertThat(html.select("span.ref")).hasSize(2);
    assertThat(html.select("pre")).isEmpty();
  }

  @Test
  void ordinaryCodeAndCodeSpansStayCode() {
    RecordingHandler handler = new RecordingHandler();
    Document html =
        Jsoup.parse(
            renderer
                .render(
                    "`{{rate a b}}`\n\n```python\nx = '{{rate a b}}'\n```\n\n    {{rate a b}}\n",
                    1,
                    handler)
                .html());
    assertThat(handler.inlines).isEmpty();
    assertThat(html.select("code")).hasSize(3);
    assertThat(html.select("pre code.language-python").text()).isEqualTo("x = '{{rate a b}}'");
  }

  @Test
  void unclosedBracesAreText() {
    RecordingHandler handler = new RecordingHandler();
    Document html = Jsoup.parse(renderer.render("a {{rate x and more\n\nb}}\n", 1, handler).html());
    assertThat(handler.inlines).isEmpty();
    assertThat(html.text()).contains("{{rate x and more", "b}}");
  }

  @Test
  void aReferenceMayWrapOntoTheNextLine() {
    RecordingHandler handler = new RecordingHandler();
    renderer.render("Text {{rate\n  am/blackmail opus-4}} here.\n", 3, handler);
    assertThat(handler.inlines)
        .extracting(InlineReference::text)
        .containsExactly("rate am/blackmail opus-4");
    assertThat(handler.inlines.get(0).line()).isEqualTo(3);
  }

  @Test
  void headingsGetAnchorsAndAreCollectedForTheContents() {
    RenderedMarkdown out =
        renderer.render("## First *part*\n\n### Sub\n\n## First part\n", 1, new RecordingHandler());
    assertThat(out.headings())
        .extracting(Heading::id)
        .containsExactly("first-part", "sub", "first-part-1");
    assertThat(out.headings())
        .extracting(Heading::text)
        .containsExactly("First part", "Sub", "First part");
    Document html = Jsoup.parse(out.html());
    assertThat(html.select("h2").eachAttr("id")).containsExactly("first-part", "first-part-1");
    assertThat(html.select("h2 a.anchor").eachAttr("href"))
        .containsExactly("#first-part", "#first-part-1");
  }

  @Test
  void headingsNeverTakeTheIdsOfFiguresAndTables() {
    RenderedMarkdown out =
        renderer.render("## Figure 1\n\n## Table 2\n\n## Figures\n", 1, new RecordingHandler());
    assertThat(out.headings())
        .extracting(Heading::id)
        .containsExactly("section-figure-1", "section-table-2", "figures");
    assertThat(Jsoup.parse(out.html()).select("h2").eachAttr("id"))
        .containsExactly("section-figure-1", "section-table-2", "figures");
  }

  @Test
  void harmlessRawHtmlIsKept() {
    String md =
        "H<sub>2</sub>O and x<sup>2</sup>, <kbd>Ctrl</kbd>, <abbr title=\"Large language model\">LLM</abbr>,"
            + " line<br>break, <a href=\"https://example.org/\">link</a> <a href=\"../other/#x\">rel</a>"
            + " <a href=\"#top\">top</a> <a href=\"mailto:a@example.org\">mail</a>.\n\n"
            + "<img src=\"figure.png\" alt=\"A figure\">\n\n"
            + "<details>\n<summary>More</summary>\n\nHidden *Markdown*.\n\n</details>\n";
    Document html = Jsoup.parse(renderer.render(md, 1, new RecordingHandler()).html());
    assertThat(html.select("sub").text()).isEqualTo("2");
    assertThat(html.select("sup").text()).isEqualTo("2");
    assertThat(html.select("kbd").text()).isEqualTo("Ctrl");
    assertThat(html.select("abbr").attr("title")).isEqualTo("Large language model");
    assertThat(html.select("br")).hasSize(1);
    assertThat(html.select("a").eachAttr("href"))
        .containsExactly("https://example.org/", "../other/#x", "#top", "mailto:a@example.org");
    assertThat(html.select("img[src=figure.png]").attr("alt")).isEqualTo("A figure");
    assertThat(html.select("details > summary").text()).isEqualTo("More");
    assertThat(html.select("details > p > em").text()).isEqualTo("Markdown");
  }

  @Test
  void otherRawHtmlIsDropped() {
    String md =
        "<script>alert(1)</script>\n\n<style>p{color:red}</style>\n\n"
            + "Text <b onclick=\"alert(2)\" style=\"color:red\" id=\"fn-1\" class=\"anchor\">bold</b>"
            + " <svg><animate onbegin=alert(3)></svg> <!-- note --> <form action=x><button>b</button></form>\n\n"
            + "<a href=\"jav&#x61;script:alert(4)\">j</a> <a href=\"&#106;avascript:alert(5)\">k</a>"
            + " <a href=\"data:text/html,x\">d</a> <img src=\"data:image/png;base64,AA==\" alt=\"p\">\n\n"
            + "Stray </div></p> end. <span>open\n";
    String out = renderer.render(md, 1, new RecordingHandler()).html();
    Document html = Jsoup.parseBodyFragment(out);
    assertThat(html.select("script, style, svg, animate, form, button")).isEmpty();
    assertThat(out).doesNotContain("alert(1)", "color:red", "<!--", "</div>");
    assertThat(html.select("b")).hasSize(1);
    assertThat(html.select("b").first().attributes().size()).isZero();
    assertThat(html.select("a").eachText()).containsExactly("j", "k", "d");
    assertThat(html.select("a[href]")).isEmpty();
    assertThat(html.select("img").attr("alt")).isEqualTo("p");
    assertThat(html.select("img[src]")).isEmpty();
    // an element left open is closed at the end; end tags of elements the author did not open are
    // dropped
    assertThat(out).endsWith("</span>\n");
    assertThat(out.split("</p>", -1)).hasSize(out.split("<p>", -1).length);
  }

  @Test
  void scriptUrlsAndEventHandlerAttributesAreDropped() {
    String md =
        "## Head {onclick=\"alert(1)\" .kept}\n\n"
            + "[a](JaVaScRiPt&#58;alert(1)) [b](< javascript:alert(2)>) [c](data:text/html,x) ![d](vbscript:x)\n"
            + "[e](https://example.org/) [f](../other/index.html#x) [g](mailto:a@example.org) [h](#top)\n\n"
            + "[i](ok.html){href=\"javascript:alert(3)\" onmouseover=\"alert(4)\"}\n\n"
            // Attribute values keep their character references, which the browser decodes.
            + "[j](x){href=\"jav&#x61;script:document.title=1337\"} [k](x){href=\"javascript&colon;alert(5)\"}\n"
            + "[l](x){href=\"&#x6A;avascript:alert(6)\"} [m](x){href=\"&#x20;javascript:alert(7)\"}\n"
            + "[n](x){href=\"java&#x09;script:alert(8)\"} [o](x){href=\"java&Tab;script:alert(9)\"}\n"
            + "[p](x){href=\"java&NewLine;script:alert(10)\"} [q](x){href=\"javascript&#58alert(11)\"}\n"
            + "![r](ok.png){src=\"&#x6A;avascript:alert(12)\"}\n\n"
            + "[s](https://example.org/){style=\"position:fixed;inset:0\" srcset=\"a.png 1x\" .kept}\n";
    Document html = Jsoup.parse(renderer.render(md, 1, new RecordingHandler()).html());
    assertThat(html.select("h2.kept")).hasSize(1);
    assertThat(html.getAllElements())
        .allSatisfy(
            e ->
                assertThat(e.attributes().asList())
                    .noneMatch(
                        a ->
                            a.getKey().startsWith("on")
                                || a.getKey().equals("style")
                                || a.getKey().equals("srcset")));
    assertThat(html.select("a:not(.anchor)").eachAttr("href"))
        .containsExactly(
            "https://example.org/",
            "../other/index.html#x",
            "mailto:a@example.org",
            "#top",
            "https://example.org/");
    // The text stays (Flexmark itself leaves out a link it suppresses, such as b).
    assertThat(html.select("a:not(.anchor)").eachText())
        .contains("a", "c", "i", "j", "k", "l", "m", "n", "o", "p", "q");
    assertThat(html.select("a.kept")).hasSize(1);
    assertThat(html.select("img[src]")).isEmpty();
  }

  @Test
  void tablesFootnotesAndAttributes() {
    String md =
        "Claim.[^1]\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n## Methods {#how .methods}\n\n[^1]: Source.\n";
    Document html = Jsoup.parse(renderer.render(md, 1, new RecordingHandler()).html());
    assertThat(html.select("table.prose-table td").eachText()).containsExactly("1", "2");
    assertThat(html.select("sup a")).hasSize(1);
    assertThat(html.select(".footnotes li").text()).contains("Source.");
    assertThat(html.select("h2#how.methods")).hasSize(1);
  }

  @Test
  void everyIdIsUniqueAndHeadingsNeverTakeFootnoteIds() {
    Document html =
        Jsoup.parse(
            renderer
                .render(
                    "Text.[^1]\n\n## fn-1\n\n## fnref-1\n\n## Figure 1\n\n"
                        + "## Section Figure 1\n\n## Twice {#twice}\n\n## Twice again {#twice}\n\nA *claim*{#fn-1} and *again*{#twice}"
                        + "\n\n[^1]: One.\n",
                    1,
                    new RecordingHandler())
                .html());
    assertThat(html.select("h2").eachAttr("id"))
        .containsExactly(
            "section-fn-1",
            "section-fnref-1",
            "section-figure-1",
            "section-figure-1-1",
            "twice",
            "twice-1");
    assertThat(html.select("#fn-1").first().tagName()).isEqualTo("li");
    assertThat(html.select("#fnref-1").first().tagName()).isEqualTo("sup");
    assertThat(html.select("em[id]")).isEmpty();
  }

  @Test
  void referencesCountInHeadingIdsContentsAndAltText() {
    RecordingHandler handler = new RecordingHandler();
    RenderedMarkdown out =
        renderer.render(
            "## Rate {{rate a m-1}}\n\n## Rate {{rate a m-2}}\n\n"
                + "![Chart of {{rate a m-1}}](x.png)\n",
            1,
            handler);
    Document html = Jsoup.parse(out.html());
    assertThat(html.select("h2").eachAttr("id"))
        .containsExactly("rate-rate-a-m-1", "rate-rate-a-m-2");
    assertThat(out.headings()).extracting(Heading::text).containsExactly("Rate R", "Rate R");
    assertThat(html.select("img").attr("alt")).isEqualTo("Chart of R");
    // each reference is asked for once, the one in the alt text too
    assertThat(handler.inlines)
        .extracting(InlineReference::text)
        .containsExactly("rate a m-1", "rate a m-2", "rate a m-1");
  }
}
