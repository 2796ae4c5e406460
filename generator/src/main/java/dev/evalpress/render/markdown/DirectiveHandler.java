package dev.evalpress.render.markdown;

/**
 * Turns data directives into HTML. Called in document order, once per directive. Problems are the
 * handler's to report; it returns the HTML to put in place of the directive (possibly a placeholder).
 */
public interface DirectiveHandler {

  /** A fenced block whose info string is a directive name, such as {@code chart} or {@code table}. */
  String block(BlockDirective directive);

  /** An inline reference such as {@code {{rate EVAL MODEL}}}. */
  String inline(InlineReference reference);

  /** True when {@code name} (a fenced block's info string) names a block directive. */
  boolean isBlockDirective(String name);
}
