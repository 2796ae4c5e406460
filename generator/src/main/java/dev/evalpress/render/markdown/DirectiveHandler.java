package dev.evalpress.render.markdown;

import dev.evalpress.markdown.BlockDirective;
import dev.evalpress.markdown.InlineReference;

/**
 * Turns data directives into HTML. Called in document order, once per directive. The directives
 * were read and checked before render; it returns the HTML to put in place of the directive
 * (possibly a placeholder).
 */
public interface DirectiveHandler {

  /**
   * A fenced block whose info string is a directive name, such as {@code chart} or {@code table}.
   */
  String block(BlockDirective directive);

  /** An inline reference such as {@code {{rate EVAL MODEL}}}. */
  String inline(InlineReference reference);
}
