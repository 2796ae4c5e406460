package dev.evalpress.render.page;

import dev.evalpress.render.figure.Figure;
import java.util.List;

/**
 * A page ready to write: its path in the site, its HTML, and the figures whose files go beside it.
 */
public record RenderedPage(String path, String html, List<Figure> figures) {

  public RenderedPage {
    figures = List.copyOf(figures);
  }
}
