package dev.evalpress.render.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The legend of a training chart: one short line per curve, below the plot, without a frame. */
final class TrainingLegend {

    private TrainingLegend() {
    }

    /** A legend entry: the curve's name next to a short solid line in its colour. */
    static LegendItem item(String name, Color colour) {
        return new LegendItem(Text.clean(name), null, null, null,
                new Line2D.Double(-10, 0, 10, 0), ChartStyle.MAIN_LINE, colour);
    }

    /** Shows {@code items} (instead of one entry per dataset series) in a legend under the chart. */
    static void attach(JFreeChart chart, XYPlot plot, LegendItemCollection items) {
        plot.setFixedLegendItems(items);
        LegendTitle legend = new LegendTitle(plot);
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
