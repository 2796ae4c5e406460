package dev.evalpress.render.markdown;

/**
 * Renders report Markdown (CommonMark plus GitHub tables, footnotes, heading anchors and
 * attributes) to HTML. Implementations are thread-safe.
 */
public interface MarkdownRenderer {

  /**
   * @param markdown the report body
   * @param firstLine the line of the file on which {@code markdown} starts, so directives know
   *     their line
   * @param directives renders the data directives found in the body
   */
  RenderedMarkdown render(String markdown, int firstLine, DirectiveHandler directives);

  /** The standard renderer. */
  static MarkdownRenderer create() {
    return new FlexmarkRenderer();
  }
}
