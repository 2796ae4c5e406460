package dev.evalpress.render.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The legend of a chart with several lines: one short line per entry, below the plot, without a
 * frame.
 */
final class ChartLegend {

  private ChartLegend() {}

  /** A legend entry: the name next to a short solid line in its colour. */
  static LegendItem item(String name, Color colour) {
    return new LegendItem(
        Text.clean(name),
        null,
        null,
        null,
        new Line2D.Double(-10, 0, 10, 0),
        ChartStyle.MAIN_LINE,
        colour);
  }

  /**
   * A legend entry: the name next to a short solid line with a marker in the middle, in its colour.
   */
  static LegendItem item(String name, Color colour, Shape marker) {
    return item(name, colour, marker, ChartStyle.MAIN_LINE);
  }

  /**
   * A legend entry: the name next to a short line in {@code stroke} (long enough to show a dash)
   * with a marker in the middle, in its colour.
   */
  static LegendItem item(String name, Color colour, Shape marker, Stroke stroke) {
    boolean dashed = stroke != ChartStyle.MAIN_LINE;
    return new LegendItem(
        Text.clean(name),
        null,
        null,
        null,
        true,
        marker,
        true,
        colour,
        false,
        colour,
        ChartStyle.MAIN_LINE,
        true,
        dashed ? new Line2D.Double(-14, 0, 14, 0) : new Line2D.Double(-10, 0, 10, 0),
        stroke,
        colour);
  }

  /** Shows {@code items} in a legend under the chart. */
  static void attach(JFreeChart chart, LegendItemCollection items) {
    LegendTitle legend = new LegendTitle(() -> items);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(null);
    legend.setItemFont(ChartStyle.TICK_FONT);
    legend.setItemPaint(ChartStyle.TEXT);
    legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
    legend.setMargin(new RectangleInsets(10, 0, 0, 0));
    chart.addLegend(legend);
  }
}
