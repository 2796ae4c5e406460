package dev.evalpress.render.chart;

import java.awt.BasicStroke;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/** The dashed line of a tracked eval's threshold, labelled with its value at the right end. */
final class ThresholdMarker {

  private static final BasicStroke DASHED =
      new BasicStroke(
          1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  private ThresholdMarker() {}

  static ValueMarker of(double threshold, ValueScale scale) {
    ValueMarker marker = new ValueMarker(threshold, ChartStyle.THRESHOLD, DASHED);
    marker.setLabel("Threshold " + ValueAxes.valueFormat(scale, threshold).format(threshold));
    marker.setLabelFont(ChartStyle.TICK_FONT);
    marker.setLabelPaint(ChartStyle.THRESHOLD);
    marker.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    return marker;
  }
}
