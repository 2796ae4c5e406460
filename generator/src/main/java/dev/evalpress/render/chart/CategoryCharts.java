package dev.evalpress.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws bar and trend charts: one category per model version, with interval whiskers. */
final class CategoryCharts {

    private static final String SERIES = "value";

    /**
     * A category key: unique by position even when labels repeat; shown as its label.
     */
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

    private CategoryCharts() {
    }

    /** Draws the chart into {@code area}: bars when {@code bars}, else points joined by a line. */
    static void draw(Graphics2D g2, Rectangle2D area, List<IntervalValue> values, String valueLabel,
            ValueScale scale, boolean bars) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> labels = new ArrayList<>();
        double min = Double.NaN;
        double max = Double.NaN;
        for (int i = 0; i < values.size(); i++) {
            IntervalValue v = values.get(i);
            String label = Text.clean(v.label());
            labels.add(label);
            dataset.addValue(v.value(), SERIES, new Key(i, label));
            min = i == 0 ? v.lower() : Math.min(min, v.lower());
            max = i == 0 ? v.upper() : Math.max(max, v.upper());
        }
        CategoryAxis domain = new CategoryAxis();
        ChartStyle.axis(domain, null);
        CategoryLabels.configure(domain, labels);
        NumberAxis range = ValueAxes.create(valueLabel, scale, min, max, bars);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, bars ? barRenderer() : lineRenderer());
        ChartStyle.plot(plot);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.GRID_STROKE);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartStyle.BASELINE);
        plot.setRangeZeroBaselineStroke(ChartStyle.GRID_STROKE);

        JFreeChart chart = ChartStyle.chart(plot, false);
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        chart.draw(g2, area, info);
        if (!values.isEmpty()) {
            IntervalOverlay.draw(g2, plot, info.getPlotInfo().getDataArea(), values, scale, bars);
        }
    }

    private static CategoryItemRenderer barRenderer() {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0);
        r.setMaximumBarWidth(0.12);
        r.setSeriesPaint(0, ChartStyle.colour(0));
        return r;
    }

    private static CategoryItemRenderer lineRenderer() {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, ChartStyle.colour(0));
        r.setSeriesStroke(0, ChartStyle.MAIN_LINE);
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setUseFillPaint(false);
        r.setDrawOutlines(false);
        return r;
    }
}
