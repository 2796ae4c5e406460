package dev.evalpress.render.chart;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * Points joined by lines, where a series (dataset row) has no value in most categories: each point
 * is joined to the point {@code joinedTo} names (its predecessor version), however many categories
 * lie in between, and never to another series. (The stock renderer joins neighbouring categories
 * only, so a series with gaps would fall apart into dots.)
 *
 * <p>Pass 0 draws every line segment, pass 1 every point, so points sit on top of all lines. Points
 * are drawn without the plot's clip so that those at either end of the value axis stay whole.
 * Vertical orientation only.
 */
final class SeriesLineRenderer extends LineAndShapeRenderer {

  private static final long serialVersionUID = 1L;

  private final transient java.util.function.IntUnaryOperator joinedTo;
  private final transient java.util.function.IntFunction<Stroke> strokes;
  private final transient java.util.function.IntFunction<Shape> markers;

  /**
   * @param joinedTo the column a column's point is joined to, or -1 for none
   * @param strokes the stroke of the line into a column's point
   * @param markers the marker of a column's point
   */
  SeriesLineRenderer(
      java.util.function.IntUnaryOperator joinedTo,
      java.util.function.IntFunction<Stroke> strokes,
      java.util.function.IntFunction<Shape> markers) {
    super(true, true);
    this.joinedTo = joinedTo;
    this.strokes = strokes;
    this.markers = markers;
  }

  @Override
  public Stroke getItemStroke(int row, int column) {
    return strokes.apply(column);
  }

  @Override
  public Shape getItemShape(int row, int column) {
    return markers.apply(column);
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      CategoryItemRendererState state,
      Rectangle2D dataArea,
      CategoryPlot plot,
      CategoryAxis domainAxis,
      ValueAxis rangeAxis,
      CategoryDataset dataset,
      int row,
      int column,
      int pass) {
    if (pass != 0) {
      // unclipped: a point at the very end of the axis (0% or 100%) would be cut in half
      Shape clip = g2.getClip();
      g2.setClip(null);
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      g2.setClip(clip);
      return;
    }
    Number value = dataset.getValue(row, column);
    if (value == null || !getItemVisible(row, column) || !getItemLineVisible(row, column)) {
      return;
    }
    int previous = joinedTo.applyAsInt(column);
    if (previous < 0 || dataset.getValue(row, previous) == null) {
      return;
    }
    int columns = dataset.getColumnCount();
    double x0 = domainAxis.getCategoryMiddle(previous, columns, dataArea, plot.getDomainAxisEdge());
    double x1 = domainAxis.getCategoryMiddle(column, columns, dataArea, plot.getDomainAxisEdge());
    double y0 =
        rangeAxis.valueToJava2D(
            dataset.getValue(row, previous).doubleValue(), dataArea, plot.getRangeAxisEdge());
    double y1 = rangeAxis.valueToJava2D(value.doubleValue(), dataArea, plot.getRangeAxisEdge());
    g2.setPaint(getItemPaint(row, column));
    g2.setStroke(getItemStroke(row, column));
    g2.draw(new Line2D.Double(x0, y0, x1, y1));
  }
}
