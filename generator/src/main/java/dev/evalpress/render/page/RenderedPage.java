package dev.evalpress.render.page;

import dev.evalpress.render.figure.Figure;
import java.util.List;
import java.util.Objects;

/**
 * A page ready to write: its path in the site, its HTML, and the figures whose files go beside it;
 * {@code text} is the text a reader sees in a report's body, for the search index, and empty on
 * other pages. It is read while the page renders, on the render's threads, not from the HTML after.
 */
public record RenderedPage(String path, String html, List<Figure> figures, String text) {

  public RenderedPage {
    figures = List.copyOf(figures);
    Objects.requireNonNull(text, "text");
  }

  /** A page without text for the search index. */
  public RenderedPage(String path, String html, List<Figure> figures) {
    this(path, html, figures, "");
  }
}
