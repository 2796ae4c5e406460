package dev.evalpress.render.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Draws the 95% interval whiskers (and, for bars, the value labels) after the plot itself, without
 * the plot's clip, so caps and labels at the very top of the axis are never cut off.
 */
final class IntervalOverlay {

  private static final double MAX_CAP_HALF_WIDTH = 5;
  private static final double LABEL_GAP = 5;

  private IntervalOverlay() {}

  /**
   * Draws the whisker of each value in category {@code i} in {@code whiskerPaints.get(i)}, and a
   * value label above each when {@code valueLabels} and every label fits its category.
   */
  static void draw(
      Graphics2D g2,
      CategoryPlot plot,
      Rectangle2D dataArea,
      List<IntervalValue> values,
      ValueScale scale,
      List<? extends Paint> whiskerPaints,
      boolean valueLabels) {
    CategoryAxis domain = plot.getDomainAxis();
    ValueAxis range = plot.getRangeAxis();
    RectangleEdge domainEdge = plot.getDomainAxisEdge();
    RectangleEdge rangeEdge = plot.getRangeAxisEdge();
    int n = values.size();
    double categoryWidth = dataArea.getWidth() / n;
    double capHalf = Math.min(MAX_CAP_HALF_WIDTH, categoryWidth * 0.12);
    boolean labels = valueLabels && labelsFit(g2, values, scale, categoryWidth);

    g2.setClip(null);
    g2.setStroke(ChartStyle.WHISKER_STROKE);
    for (int i = 0; i < n; i++) {
      IntervalValue v = values.get(i);
      double x = domain.getCategoryMiddle(i, n, dataArea, domainEdge);
      double yLow = range.valueToJava2D(v.lower(), dataArea, rangeEdge);
      double yHigh = range.valueToJava2D(v.upper(), dataArea, rangeEdge);
      if (v.upper() > v.lower()) {
        g2.setPaint(whiskerPaints.get(i));
        g2.draw(new Line2D.Double(x, yLow, x, yHigh));
        g2.draw(new Line2D.Double(x - capHalf, yLow, x + capHalf, yLow));
        g2.draw(new Line2D.Double(x - capHalf, yHigh, x + capHalf, yHigh));
      }
      double yValue = range.valueToJava2D(v.value(), dataArea, rangeEdge);
      if (valueLabels) {
        // bars: the whole bar answers to the pointer
        double yZero = range.valueToJava2D(0, dataArea, rangeEdge);
        double half = Math.max(capHalf, categoryWidth * 0.2);
        MarkTitles.hit(
            g2,
            new java.awt.geom.Rectangle2D.Double(
                x - half, Math.min(yZero, yValue), 2 * half, Math.abs(yZero - yValue)),
            MarkTitles.of(v, scale));
      } else {
        MarkTitles.point(g2, x, yValue, MarkTitles.of(v, scale));
      }
      if (labels) {
        String text = ValueAxes.valueFormat(scale, v.value()).format(v.value());
        double top = Math.min(yHigh, range.valueToJava2D(v.value(), dataArea, rangeEdge));
        g2.setFont(ChartStyle.TICK_FONT);
        g2.setPaint(ChartStyle.TEXT);
        float width = (float) g2.getFontMetrics().getStringBounds(text, g2).getWidth();
        g2.drawString(text, (float) (x - width / 2), (float) (top - LABEL_GAP));
      }
    }
  }

  /** Value labels are shown only when every one of them fits its category with room to spare. */
  private static boolean labelsFit(
      Graphics2D g2, List<IntervalValue> values, ValueScale scale, double categoryWidth) {
    FontMetrics fm = g2.getFontMetrics(ChartStyle.TICK_FONT);
    for (IntervalValue v : values) {
      String text = ValueAxes.valueFormat(scale, v.value()).format(v.value());
      if (fm.getStringBounds(text, g2).getWidth() > categoryWidth * 0.8) {
        return false;
      }
    }
    return true;
  }
}
