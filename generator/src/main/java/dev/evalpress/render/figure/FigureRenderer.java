package dev.evalpress.render.figure;

import dev.evalpress.render.chart.ChartSize;
import dev.evalpress.render.chart.SvgChartRenderer;

/** Draws chart content as a numbered figure, at desktop and at phone size. Thread-safe. */
public final class FigureRenderer {

  private final SvgChartRenderer charts = new SvgChartRenderer();

  /**
   * @param id the figure's anchor and file stem, unique within its page
   * @param alt alt text, or null to describe the data
   */
  public Figure render(String id, String label, String caption, String alt, ChartContent content) {
    String svg = charts.render(content.chart(), id);
    String narrow = charts.render(content.chart(), id + "-narrow", ChartSize.NARROW);
    return new Figure(
        id,
        label,
        caption,
        alt == null || alt.isBlank() ? content.description() : alt,
        svg,
        content.csv(),
        SvgChartRenderer.height(content.chart()),
        content.table(),
        narrow,
        SvgChartRenderer.height(content.chart(), ChartSize.NARROW));
  }
}
