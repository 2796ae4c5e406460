package dev.evalpress.render.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.evalpress.markdown.BlockDirective;
import dev.evalpress.markdown.DataReferenceNode;
import dev.evalpress.markdown.DirectiveNodes;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flexmark renderer extension that hands directive blocks and inline references to the {@link
 * DirectiveHandler} stored in the document, and renders other fenced blocks as usual. The syntax
 * (which blocks are directives, the reference node) is the dialect's, in {@code
 * dev.evalpress.markdown}.
 */
final class DirectiveExtension implements HtmlRenderer.HtmlRendererExtension {

  static final NullableDataKey<DirectiveHandler> HANDLER =
      new NullableDataKey<>("EVALPRESS_DIRECTIVES");

  /**
   * Markup in a reference's HTML, which its text form leaves out (the handler escapes text, so '<'
   * is a tag).
   */
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");

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
      Optional<BlockDirective> directive =
          handler == null
              ? Optional.empty()
              : DirectiveNodes.block(block, (Document) context.getDocument());
      if (directive.isEmpty()) {
        context.delegateRender();
        return;
      }
      html.line();
      html.raw(handler.block(directive.get()));
      html.line();
    }

    private void renderReference(
        DataReferenceNode node, NodeRendererContext context, HtmlWriter html) {
      html.raw(node.html() != null ? node.html() : resolve(node, (Document) context.getDocument()));
    }
  }

  /**
   * Asks the document's handler for every reference's HTML, in document order, before the document
   * renders: references in image alt text are never rendered as nodes, and headings need theirs as
   * text for the contents.
   */
  static void resolveReferences(Document document) {
    new NodeVisitor(new VisitHandler<>(DataReferenceNode.class, node -> resolve(node, document)))
        .visit(document);
  }

  private static String resolve(DataReferenceNode node, Document document) {
    String html = HANDLER.get(document).inline(DirectiveNodes.reference(node, document));
    node.resolve(html, Escaping.unescapeHtml(TAGS.matcher(html).replaceAll("")).strip());
    return html;
  }
}
