package dev.evalpress.render.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws bar and trend charts: one category per model version, with interval whiskers. A trend chart
 * has one line series per model family, all on the same category axis.
 */
final class CategoryCharts {

  /** A category key: unique by position even when labels repeat; shown as its label. */
  private record Key(int index, String label) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private CategoryCharts() {}

  /**
   * Draws one bar per value, with black whiskers, value labels (when they fit) and the threshold
   * line, if any.
   */
  static void drawBars(Graphics2D g2, Rectangle2D area, BarChartData data, ChartSize size) {
    List<IntervalValue> values = data.values();
    List<String> labels = labels(values, size);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int i = 0; i < values.size(); i++) {
      dataset.addValue(values.get(i).value(), Integer.valueOf(0), new Key(i, labels.get(i)));
    }
    BarRenderer r = new BarRenderer();
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setItemMargin(0);
    r.setMaximumBarWidth(0.12);
    r.setSeriesPaint(0, ChartStyle.colour(0));
    draw(
        g2,
        area,
        size,
        data.valueLabel(),
        data.scale(),
        values,
        labels,
        dataset,
        r,
        true,
        Collections.nCopies(values.size(), ChartStyle.WHISKER),
        null,
        data.threshold());
  }

  /**
   * Draws one line series per distinct series name, coloured in order of first appearance, with
   * whiskers in the series colour; the model lines of a series differ by dash and marker ({@link
   * ModelLines}). A legend names each line when there is more than one.
   */
  static void drawTrend(Graphics2D g2, Rectangle2D area, TrendChartData data, ChartSize size) {
    List<IntervalValue> values = data.values();
    List<String> labels = labels(values, size);
    ModelLines lines = ModelLines.of(data, values.stream().map(IntervalValue::label).toList());
    Map<String, Integer> seriesIndex = new LinkedHashMap<>();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<Color> whiskers = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      seriesIndex.putIfAbsent(data.series().get(i), seriesIndex.size());
      Integer row = seriesIndex.get(data.series().get(i));
      // one value per category: every other series has no value (null) there
      dataset.addValue(values.get(i).value(), row, new Key(i, labels.get(i)));
      whiskers.add(ChartStyle.colour(row));
    }
    SeriesLineRenderer r =
        new SeriesLineRenderer(
            data::joinedTo,
            i -> ModelLines.stroke(lines.lineOf(i).number()),
            i -> ModelLines.marker(lines.lineOf(i).number()));
    r.setUseFillPaint(false);
    r.setDrawOutlines(false);
    seriesIndex.forEach((name, row) -> r.setSeriesPaint(row, ChartStyle.colour(row)));
    LegendItemCollection legend = new LegendItemCollection();
    // the legend keeps a family's lines together, in the order of the families' colours
    List<ModelLines.Line> byFamily = new ArrayList<>(lines.lines());
    byFamily.sort(
        java.util.Comparator.comparingInt((ModelLines.Line l) -> seriesIndex.get(l.series()))
            .thenComparingInt(ModelLines.Line::number));
    for (ModelLines.Line line : byFamily) {
      legend.add(
          ChartLegend.item(
              line.name(),
              ChartStyle.colour(seriesIndex.get(line.series())),
              ModelLines.marker(line.number()),
              ModelLines.stroke(line.number())));
    }
    draw(
        g2,
        area,
        size,
        data.valueLabel(),
        data.scale(),
        values,
        labels,
        dataset,
        r,
        false,
        whiskers,
        lines.lines().size() > 1 ? legend : null,
        data.threshold());
  }

  /**
   * The category labels as drawn: cleaned, then fitted to the axis ({@link CategoryLabels#fitted}).
   */
  private static List<String> labels(List<IntervalValue> values, ChartSize size) {
    return CategoryLabels.fitted(values.stream().map(v -> Text.clean(v.label())).toList(), size);
  }

  /**
   * The shared frame: category axis labelled with {@code labels} in order, value axis, light
   * horizontal grid, then whiskers on top, and a legend under the plot unless {@code legend} is
   * null. On the narrow canvas the value axis's title is set above the plot, where it can wrap.
   */
  private static void draw(
      Graphics2D g2,
      Rectangle2D area,
      ChartSize size,
      String valueLabel,
      ValueScale scale,
      List<IntervalValue> values,
      List<String> labels,
      DefaultCategoryDataset dataset,
      CategoryItemRenderer renderer,
      boolean bars,
      List<Color> whiskers,
      LegendItemCollection legend,
      double threshold) {
    double min = Double.NaN;
    double max = Double.NaN;
    for (int i = 0; i < values.size(); i++) {
      IntervalValue v = values.get(i);
      min = i == 0 ? v.lower() : Math.min(min, v.lower());
      max = i == 0 ? v.upper() : Math.max(max, v.upper());
    }
    if (Double.isFinite(threshold)) {
      // the threshold must be on the axis even when every value is far from it
      min = Double.isNaN(min) ? threshold : Math.min(min, threshold);
      max = Double.isNaN(max) ? threshold : Math.max(max, threshold);
    }
    CategoryAxis domain = new CategoryAxis();
    ChartStyle.axis(domain, null);
    CategoryLabels.configure(domain, labels, size);
    NumberAxis range = ValueAxes.create(size.narrow() ? null : valueLabel, scale, min, max, bars);
    CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
    ChartStyle.plot(plot);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(ChartStyle.BASELINE);
    plot.setRangeZeroBaselineStroke(ChartStyle.GRID_STROKE);

    if (Double.isFinite(threshold)) {
      plot.addRangeMarker(ThresholdMarker.of(threshold, scale), Layer.FOREGROUND);
    }
    JFreeChart chart = ChartStyle.chart(plot, false);
    if (size.narrow()) {
      ChartStyle.titleAbove(chart, valueLabel);
    }
    if (legend != null) {
      ChartLegend.attach(chart, legend);
    }
    ChartRenderingInfo info = new ChartRenderingInfo(null);
    chart.draw(g2, area, info);
    if (!values.isEmpty()) {
      IntervalOverlay.draw(
          g2, plot, info.getPlotInfo().getDataArea(), values, scale, whiskers, bars);
    }
  }
}
