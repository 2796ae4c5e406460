package dev.evalpress.render.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps every id of a rendered document unique, and off the ids evalpress gives figures, tables and
 * footnotes. Headings get the id {@link SectionIdGenerator} made unique (an explicit {@code {#id}}
 * would otherwise be written as it is); footnotes keep theirs; an id an author gives another
 * element ({@code *text*{#fn-1}}) is dropped when it is reserved or already used, since two
 * elements with one id make links to it go to the first. One provider renders one document, so it
 * remembers the ids written so far.
 */
final class UniqueElementIds implements AttributeProvider {

  private final Set<String> written = new HashSet<>();
  private Set<String> headingIds;

  @Override
  public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
    // the ID part is Flexmark asking for a node's id (a heading's is its anchor id), not an
    // attribute written
    if (part != AttributablePart.NODE || !attributes.contains("id")) {
      return;
    }
    if (node instanceof Heading h && h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
      attributes.replaceValue("id", h.getAnchorRefId());
      written.add(h.getAnchorRefId());
      return;
    }
    String id = attributes.getValue("id");
    // footnote references carry fnref-N; the footnotes' list items are written for the document,
    // with fn-N
    if (node instanceof Footnote || node instanceof FootnoteBlock || node instanceof Document) {
      written.add(id);
      return;
    }
    if (SectionIdGenerator.RESERVED.matcher(id).matches()
        || headingIds(node).contains(id)
        || !written.add(id)) {
      attributes.remove("id");
    }
  }

  private Set<String> headingIds(Node node) {
    if (headingIds == null) {
      headingIds = new HashSet<>();
      collect(node.getDocument(), headingIds);
    }
    return headingIds;
  }

  private static void collect(Node node, Set<String> ids) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h && h.getAnchorRefId() != null) {
        ids.add(h.getAnchorRefId());
      }
      collect(child, ids);
    }
  }

  /**
   * Runs after the attributes extension, so ids written as {@code {#…}} are seen. Its provider's
   * factory is in Flexmark's internal package, so the order is not declared: the extension
   * registers its factory while the renderer's builder is made, before {@link FlexmarkRenderer}
   * adds this one, and factories with no declared order keep the order they were added in (the
   * tests of unique ids fail if that ever changes).
   */
  static final class Factory extends IndependentAttributeProviderFactory {

    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      return new UniqueElementIds();
    }
  }
}
