package dev.evalpress.render.chart;

import java.awt.font.FontRenderContext;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;

/**
 * Lays out model names under the bars: wrapped onto up to three centred lines when every word
 * fits the width of a category, otherwise rotated by 45 degrees on one line.
 */
final class CategoryLabels {

    static final double CATEGORY_MARGIN = 0.25;
    static final double OUTER_MARGIN = 0.03;
    private static final double ROTATED_LOWER_MARGIN = 0.08;
    /** Labels may use part of the gap between bars: width = category width * this. */
    private static final float WIDTH_RATIO = 1.25f;
    private static final int MAX_LINES = 3;
    /** Rough width of the data area: the canvas minus padding and the value axis. */
    private static final double DATA_WIDTH_ESTIMATE = ChartStyle.WIDTH - 100;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private CategoryLabels() {
    }

    /** Configures margins and label positions of {@code axis} for {@code labels}. */
    static void configure(CategoryAxis axis, List<String> labels) {
        axis.setCategoryMargin(CATEGORY_MARGIN);
        axis.setLowerMargin(OUTER_MARGIN);
        axis.setUpperMargin(OUTER_MARGIN);
        axis.setCategoryLabelPositionOffset(6);
        if (labels.isEmpty()) {
            return;
        }
        double category = DATA_WIDTH_ESTIMATE * (1 - CATEGORY_MARGIN - 2 * OUTER_MARGIN) / labels.size();
        double width = category * WIDTH_RATIO;
        int lines = 1;
        for (String label : labels) {
            lines = Math.max(lines, lineCount(label, width));
        }
        if (lines <= MAX_LINES) {
            axis.setMaximumCategoryLabelLines(lines);
            axis.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(
                    CategoryLabelPositions.STANDARD,
                    new CategoryLabelPosition(RectangleAnchor.TOP, TextBlockAnchor.TOP_CENTER,
                            CategoryLabelWidthType.CATEGORY, WIDTH_RATIO)));
        } else {
            axis.setMaximumCategoryLabelLines(1);
            axis.setMaximumCategoryLabelWidthRatio(0.55f);
            // the first label slants down-left past the first bar: make room so it is not cut off
            axis.setLowerMargin(ROTATED_LOWER_MARGIN);
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
    }

    /** Lines needed to wrap {@code label} at word boundaries into {@code width}; MAX_VALUE if a word is too wide. */
    static int lineCount(String label, double width) {
        int lines = 1;
        double used = 0;
        double space = width(" ");
        for (String word : label.split(" ")) {
            double w = width(word);
            if (w > width) {
                return Integer.MAX_VALUE;
            }
            if (used > 0 && used + space + w > width) {
                lines++;
                used = w;
            } else {
                used += (used > 0 ? space : 0) + w;
            }
        }
        return lines;
    }

    private static double width(String s) {
        return ChartStyle.TICK_FONT.getStringBounds(s, FRC).getWidth();
    }
}
