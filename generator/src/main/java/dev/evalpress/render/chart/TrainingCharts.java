package dev.evalpress.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws training curves: per curve an interval band (where points carry intervals), a raw line
 * (faint when smoothed) and a solid smoothed line, all in the curve's palette colour.
 */
final class TrainingCharts {

  private static final float BAND_ALPHA = 0.18f;
  private static final double LOG_SPAN = 1000;

  private TrainingCharts() {}

  /** On the narrow canvas the value axis's title is above the plot and the step axis sparser. */
  static void draw(Graphics2D g2, Rectangle2D area, TrainingChartData data, ChartSize size) {
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
    bandRenderer.setAlpha(BAND_ALPHA);
    XYSeriesCollection raw = new XYSeriesCollection();
    XYSeriesCollection smoothed = new XYSeriesCollection();
    TrainingLines rawLines = new TrainingLines();
    TrainingLines smoothLines = new TrainingLines();
    Extent x = new Extent();
    data.curves().forEach(c -> c.raw().forEach(p -> x.add(p.x())));
    data.curves().forEach(c -> c.smoothed().forEach(p -> x.add(p.x())));
    // on a log axis the plot works in log10(step): a NumberAxis whose ticks are labelled 10^v
    // keeps tick labels as <text> (JFreeChart's LogAxis draws them as glyph outlines)
    boolean logSteps = logScale(x.min, x.max);
    DoubleUnaryOperator toPlot = logSteps ? Math::log10 : v -> v;
    Extent y = new Extent();
    LegendItemCollection legend = new LegendItemCollection();

    List<Curve> curves = data.curves();
    for (int i = 0; i < curves.size(); i++) {
      Curve curve = curves.get(i);
      if (curve.raw().isEmpty() && curve.smoothed().isEmpty()) {
        continue;
      }
      var colour = ChartStyle.colour(i);
      List<CurvePoint> bandSource =
          curve.smoothed().stream().anyMatch(CurvePoint::hasInterval)
              ? curve.smoothed()
              : curve.raw();
      YIntervalSeries band = new YIntervalSeries(i, false, true);
      sorted(bandSource).stream()
          .filter(CurvePoint::hasInterval)
          .forEach(p -> band.add(toPlot.applyAsDouble(p.x()), p.y(), p.lower(), p.upper()));
      if (!band.isEmpty()) {
        bandRenderer.setSeriesFillPaint(bands.getSeriesCount(), colour);
        bands.addSeries(band);
      }
      if (!curve.raw().isEmpty()) {
        raw.addSeries(series(i, curve.raw(), toPlot, y));
        rawLines.add(
            curve.isSmoothed() ? ChartStyle.withAlpha(colour, 0.3) : colour,
            curve.isSmoothed() ? ChartStyle.FAINT_LINE : ChartStyle.MAIN_LINE,
            curve.raw().size());
      }
      if (curve.isSmoothed()) {
        smoothed.addSeries(series(i, curve.smoothed(), toPlot, y));
        smoothLines.add(colour, ChartStyle.MAIN_LINE, curve.smoothed().size());
      }
      legend.add(ChartLegend.item(curve.name(), colour));
    }

    int ticks = size.maxTickIntervals();
    ValueAxis xAxis =
        logSteps
            ? ValueAxes.logSteps(data.xLabel() + " (log scale)", x.min, x.max, ticks)
            : ValueAxes.create(data.xLabel(), ValueScale.NUMBER, x.min, x.max, false, ticks);
    NumberAxis yAxis =
        ValueAxes.create(
            size.narrow() ? null : data.valueLabel(), data.scale(), y.min, y.max, false);
    XYPlot plot = new XYPlot(null, xAxis, yAxis, null);
    ChartStyle.plot(plot);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(ChartStyle.BASELINE);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    boolean hasData = raw.getSeriesCount() + smoothed.getSeriesCount() > 0;
    // datasets may be empty (the plot then shows "No data"), but renderers must exist
    plot.setDataset(0, bands);
    plot.setRenderer(0, bandRenderer);
    plot.setDataset(1, raw);
    plot.setRenderer(1, rawLines.renderer());
    plot.setDataset(2, smoothed);
    plot.setRenderer(2, smoothLines.renderer());
    JFreeChart chart = ChartStyle.chart(plot, false);
    // the last x tick label is centred on the plot's right edge: leave room for its right half
    chart.setPadding(new RectangleInsets(20, 8, 8, 30));
    if (size.narrow()) {
      // the title above takes the place of the top padding
      chart.setPadding(new RectangleInsets(8, 8, 8, 30));
      ChartStyle.titleAbove(chart, data.valueLabel());
    }
    if (hasData) {
      ChartLegend.attach(chart, legend);
    }
    ChartRenderingInfo info = new ChartRenderingInfo(null);
    chart.draw(g2, area, info);
    if (hasData) {
      titlePoints(g2, plot, info.getPlotInfo().getDataArea(), data, toPlot);
    }
  }

  /**
   * Whether steps are shown on a log axis: when they are all positive and span at least three
   * decades (checkpoints at 1, 2, 4, … 143,000 crowd into the left edge on a linear axis).
   */
  static boolean logScale(double min, double max) {
    return min > 0 && max / min >= LOG_SPAN;
  }

  /** An invisible, titled disc over every measured point: "run, step 1,000: 42%". */
  private static void titlePoints(
      Graphics2D g2,
      XYPlot plot,
      Rectangle2D dataArea,
      TrainingChartData data,
      DoubleUnaryOperator toPlot) {
    g2.setClip(null);
    for (Curve curve : data.curves()) {
      for (CurvePoint p : sorted(curve.raw())) {
        double px =
            plot.getDomainAxis()
                .valueToJava2D(toPlot.applyAsDouble(p.x()), dataArea, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis().valueToJava2D(p.y(), dataArea, plot.getRangeAxisEdge());
        String interval =
            p.hasInterval()
                ? " (CI "
                    + MarkTitles.number(p.lower(), data.scale())
                    + "\u2013"
                    + MarkTitles.number(p.upper(), data.scale())
                    + ")"
                : "";
        MarkTitles.point(
            g2,
            px,
            py,
            curve.name()
                + ", step "
                + MarkTitles.step(p.x())
                + ": "
                + MarkTitles.number(p.y(), data.scale())
                + interval);
      }
    }
  }

  private static List<CurvePoint> sorted(List<CurvePoint> points) {
    return points.stream().sorted(Comparator.comparingDouble(CurvePoint::x)).toList();
  }

  private static XYSeries series(
      int key, List<CurvePoint> points, DoubleUnaryOperator toPlot, Extent y) {
    XYSeries s = new XYSeries(key, true, true);
    for (CurvePoint p : points) {
      s.add(toPlot.applyAsDouble(p.x()), p.y());
      y.add(p.y());
      if (p.hasInterval()) {
        y.add(p.lower());
        y.add(p.upper());
      }
    }
    return s;
  }

  /** Running min/max; NaN until the first value. */
  private static final class Extent {
    double min = Double.NaN;
    double max = Double.NaN;

    void add(double v) {
      min = Double.isNaN(min) ? v : Math.min(min, v);
      max = Double.isNaN(max) ? v : Math.max(max, v);
    }
  }
}
