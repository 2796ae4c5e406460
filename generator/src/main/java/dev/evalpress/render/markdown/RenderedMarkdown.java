package dev.evalpress.render.markdown;

import java.util.List;

/** HTML of a document and its headings in order (for a table of contents). */
public record RenderedMarkdown(String html, List<Heading> headings) {

  public RenderedMarkdown {
    headings = List.copyOf(headings);
  }
}
