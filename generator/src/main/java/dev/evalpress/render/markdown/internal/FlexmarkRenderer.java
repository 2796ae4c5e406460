package dev.evalpress.render.markdown.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.evalpress.render.markdown.DirectiveHandler;
import dev.evalpress.render.markdown.MarkdownRenderer;
import dev.evalpress.render.markdown.RenderedMarkdown;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** {@link MarkdownRenderer} on Flexmark. Thread-safe: Flexmark's parser and renderer are immutable. */
public final class FlexmarkRenderer implements MarkdownRenderer {

  private final MutableDataSet options = new MutableDataSet();
  private final Parser parser;
  private final HtmlRenderer renderer;

  public FlexmarkRenderer() {
    options.set(Parser.EXTENSIONS, List.of(
        TablesExtension.create(),
        FootnoteExtension.create(),
        AnchorLinkExtension.create(),
        AttributesExtension.create(),
        new DirectiveExtension()));
    // GitHub-style tables.
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.CLASS_NAME, "prose-table");
    // Ids on the headings themselves, with a small "#" link after the text.
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
    options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
    options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
    options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_SUFFIX, "#");
    options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back");
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(new SectionIdGenerator.Factory())
        // Raw HTML in a report is kept by allowlist (AuthorHtml), and so are attributes (AllowedAttributes).
        .nodeRendererFactory(new AuthorHtml.Factory())
        .attributeProviderFactory(new UniqueElementIds.Factory())
        .attributeProviderFactory(new AllowedAttributes.Factory()).build();
  }

  @Override
  public RenderedMarkdown render(String markdown, int firstLine, DirectiveHandler directives) {
    Document document = parser.parse(markdown);
    document.set(DirectiveExtension.HANDLER, directives);
    document.set(DirectiveExtension.FIRST_LINE, firstLine);
    Deque<String> open = new ArrayDeque<>();
    document.set(AuthorHtml.OPEN, open);
    DirectiveExtension.resolveReferences(document);
    new SectionIdGenerator(options).generateIds(document);
    List<dev.evalpress.render.markdown.Heading> headings = new ArrayList<>();
    collectHeadings(document, headings);
    String html = renderer.render(document);
    // elements the author's raw HTML left open
    return new RenderedMarkdown(open.isEmpty() ? html : html + AuthorHtml.close(open) + "\n", headings);
  }

  private static void collectHeadings(Node node, List<dev.evalpress.render.markdown.Heading> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h) {
        out.add(new dev.evalpress.render.markdown.Heading(h.getLevel(), h.getAnchorRefId(), new TextCollectingVisitor().collectAndGetText(h)));
      } else {
        collectHeadings(child, out);
      }
    }
  }
}
