package dev.evalpress.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

/**
 * An inline {@code {{…}}} reference in the Flexmark tree. Load only reads its text; render sets its
 * HTML once, before the document renders ({@link #resolve}), so that where Flexmark needs the
 * reference as text (an image's alt text, a heading's entry in the contents) it has the rendered
 * value. Not thread-safe: one per parsed document.
 */
public final class DataReferenceNode extends Node implements TextContainer {

  private String html;
  private String text;

  DataReferenceNode(BasedSequence chars) {
    super(chars);
  }

  /** The text between the braces, trimmed, with line breaks read as spaces. */
  public String reference() {
    BasedSequence chars = getChars();
    return chars.subSequence(2, chars.length() - 2).toString().replaceAll("\\s+", " ").trim();
  }

  /** Sets what the reference renders as: its HTML and the same as plain text. */
  public void resolve(String html, String text) {
    this.html = html;
    this.text = text;
  }

  /** The HTML render made for this reference, or null before {@link #resolve}. */
  public String html() {
    return html;
  }

  /**
   * A heading's id takes the reference as written (ids must not change with the data, or links to
   * them would break with every new result); alt text and the contents take the rendered value.
   */
  @Override
  public boolean collectText(
      ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
      int flags,
      NodeVisitor nodeVisitor) {
    out.append((flags & F_FOR_HEADING_ID) != 0 || text == null ? reference() : text);
    return false;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
