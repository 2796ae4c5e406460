package dev.evalpress.render.markdown.internal;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An inline {@code {{…}}} reference in the Flexmark tree. */
final class DataReferenceNode extends Node {

  DataReferenceNode(BasedSequence chars) {
    super(chars);
  }

  /** The text between the braces, trimmed, with line breaks read as spaces. */
  String reference() {
    BasedSequence chars = getChars();
    return chars.subSequence(2, chars.length() - 2).toString().replaceAll("\\s+", " ").trim();
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
