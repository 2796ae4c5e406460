package dev.evalpress.render.markdown.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.evalpress.render.markdown.BlockDirective;
import dev.evalpress.render.markdown.DirectiveHandler;
import dev.evalpress.render.markdown.InlineReference;
import java.util.Set;

/**
 * Flexmark extension that hands directive blocks and inline references to the {@link DirectiveHandler}
 * stored in the document, and renders other fenced blocks as usual.
 */
final class DirectiveExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

  static final NullableDataKey<DirectiveHandler> HANDLER = new NullableDataKey<>("EVALPRESS_DIRECTIVES");
  static final NullableDataKey<Integer> FIRST_LINE = new NullableDataKey<>("EVALPRESS_FIRST_LINE");

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new DataReferenceParser.Factory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
  }

  private static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFenced),
          new NodeRenderingHandler<>(DataReferenceNode.class, this::renderReference));
    }

    private void renderFenced(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
      DirectiveHandler handler = HANDLER.get(context.getDocument());
      String name = block.getInfo().toString().trim();
      if (handler == null || !handler.isBlockDirective(name)) {
        context.delegateRender();
        return;
      }
      int line = fileLine(context.getDocument(), block.getStartOffset());
      String body = block.getContentChars().toString();
      html.line();
      html.raw(handler.block(new BlockDirective(name, body, line, line + 1)));
      html.line();
    }

    private void renderReference(DataReferenceNode node, NodeRendererContext context, HtmlWriter html) {
      html.raw(node.html() != null ? node.html() : resolve(node, context.getDocument()));
    }
  }

  /**
   * Asks the document's handler for every reference's HTML, in document order, before the document renders:
   * references in image alt text are never rendered as nodes, and headings need theirs as text for the contents.
   */
  static void resolveReferences(Document document) {
    new NodeVisitor(new VisitHandler<>(DataReferenceNode.class, node -> resolve(node, document)))
        .visit(document);
  }

  private static String resolve(DataReferenceNode node, Document document) {
    DirectiveHandler handler = HANDLER.get(document);
    int offset = node.getStartOffset();
    BasedSequence chars = document.getChars();
    int lineStart = chars.lastIndexOf('\n', offset - 1) + 1;
    InlineReference ref = new InlineReference(node.reference(), fileLine(document, offset),
        offset - lineStart + 1);
    String html = handler.inline(ref);
    node.resolve(html, Escaping.unescapeHtml(TAGS.matcher(html).replaceAll("")).strip());
    return html;
  }

  /** Markup in a reference's HTML, which its text form leaves out (the handler escapes text, so '<' is a tag). */
  private static final java.util.regex.Pattern TAGS = java.util.regex.Pattern.compile("<[^>]*>");

  private static int fileLine(DataHolder document, int offset) {
    Document doc = (Document) document;
    Integer first = FIRST_LINE.get(doc);
    return doc.getLineNumber(offset) + (first == null ? 1 : first);
  }
}
