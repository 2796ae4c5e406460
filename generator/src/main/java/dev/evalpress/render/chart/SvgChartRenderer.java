package dev.evalpress.render.chart;

import java.util.Objects;

/**
 * Renders chart data to a standalone SVG document. Thread-safe.
 *
 * <p>Each call builds its own chart and canvas, so one instance can serve many threads. The output
 * is a 720×380 drawing (a heatmap: 720 wide and as tall as its rows need, see {@link #height}) with
 * width, height and a matching viewBox (it scales with its container), text as {@code <text>}
 * elements, every label escaped, and no randomness: the same data and id prefix always give the
 * same bytes. An empty data set gives a chart with a "No data" note.
 */
public final class SvgChartRenderer {

  /** Creates a renderer; it holds no state. */
  public SvgChartRenderer() {}

  /**
   * Renders {@code data} as an SVG document.
   *
   * @param data the chart to draw
   * @param idPrefix unique per page, e.g. "figure-3"; used as the SVG element id and as the prefix
   *     of every internal id (JFreeSVG defs key prefix, clip ids) so output is byte-for-byte
   *     deterministic and ids never collide when several charts are inlined in one page. Must match
   *     {@code [A-Za-z][A-Za-z0-9_-]*}.
   * @return the SVG document, starting with an XML declaration
   * @throws IllegalArgumentException if {@code idPrefix} is not a plain identifier
   */
  public String render(ChartData data, String idPrefix) {
    return render(data, idPrefix, ChartSize.WIDE);
  }

  /**
   * Renders {@code data} as an SVG document of the given size; as {@link #render(ChartData,
   * String)} otherwise.
   */
  public String render(ChartData data, String idPrefix, ChartSize size) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(size, "size");
    if (data instanceof HeatmapChartData heatmap) {
      HeatmapCharts.Layout layout = HeatmapCharts.layout(heatmap, size);
      SvgCanvas canvas = new SvgCanvas(idPrefix, size.width(), layout.height());
      HeatmapCharts.draw(canvas.graphics(), layout);
      return canvas.document();
    }
    SvgCanvas canvas = new SvgCanvas(idPrefix, size.width(), size.height());
    if (data instanceof BarChartData bar) {
      CategoryCharts.drawBars(canvas.graphics(), canvas.area(), bar, size);
    } else if (data instanceof TrendChartData trend) {
      CategoryCharts.drawTrend(canvas.graphics(), canvas.area(), trend, size);
    } else if (data instanceof TrainingChartData training) {
      TrainingCharts.draw(canvas.graphics(), canvas.area(), training, size);
    } else {
      throw new IllegalArgumentException("unknown chart type: " + data.getClass().getName());
    }
    return canvas.document();
  }

  /**
   * The height in px of the drawing {@link #render} makes of {@code data} (its width is always
   * 720): 380, except for a heatmap, which grows with its rows. For an {@code <img>}'s width and
   * height.
   */
  public static int height(ChartData data) {
    return height(data, ChartSize.WIDE);
  }

  /** The height in px of the drawing {@link #render(ChartData, String, ChartSize)} makes. */
  public static int height(ChartData data, ChartSize size) {
    Objects.requireNonNull(data, "data");
    return data instanceof HeatmapChartData heatmap
        ? HeatmapCharts.layout(heatmap, size).height()
        : size.height();
  }
}
