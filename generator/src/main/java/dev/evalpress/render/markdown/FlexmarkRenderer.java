package dev.evalpress.render.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.evalpress.markdown.MarkdownDialect;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@link MarkdownRenderer} on Flexmark. Thread-safe: Flexmark's parser and renderer are immutable.
 */
final class FlexmarkRenderer implements MarkdownRenderer {

  private final MutableDataSet options;
  private final Parser parser;
  private final HtmlRenderer renderer;

  public FlexmarkRenderer() {
    options = MarkdownDialect.options(new DirectiveExtension());
    parser = Parser.builder(options).build();
    renderer =
        HtmlRenderer.builder(options)
            .htmlIdGeneratorFactory(new SectionIdGenerator.Factory())
            // Raw HTML in a report is kept by allowlist (AuthorHtml), and so are attributes
            // (AllowedAttributes).
            .nodeRendererFactory(new AuthorHtml.Factory())
            .attributeProviderFactory(new UniqueElementIds.Factory())
            .attributeProviderFactory(new AllowedAttributes.Factory())
            .build();
  }

  @Override
  public RenderedMarkdown render(String markdown, int firstLine, DirectiveHandler directives) {
    // the second parse of the body: load parsed it with the same dialect to read its directives
    Document document = MarkdownDialect.parse(parser, markdown, firstLine);
    document.set(DirectiveExtension.HANDLER, directives);
    Deque<String> open = new ArrayDeque<>();
    document.set(AuthorHtml.OPEN, open);
    DirectiveExtension.resolveReferences(document);
    new SectionIdGenerator(options).generateIds(document);
    List<Heading> headings = new ArrayList<>();
    collectHeadings(document, headings);
    String html = renderer.render(document);
    // elements the author's raw HTML left open
    return new RenderedMarkdown(
        open.isEmpty() ? html : html + AuthorHtml.close(open) + "\n", headings);
  }

  private static void collectHeadings(Node node, List<Heading> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof com.vladsch.flexmark.ast.Heading h) {
        out.add(
            new Heading(
                h.getLevel(),
                h.getAnchorRefId(),
                new TextCollectingVisitor().collectAndGetText(h)));
      } else {
        collectHeadings(child, out);
      }
    }
  }
}
