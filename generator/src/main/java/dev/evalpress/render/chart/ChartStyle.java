package dev.evalpress.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The look shared by all charts: canvas size, fonts, colours and strokes, in a plain research-blog
 * style (white background, no plot outline, light horizontal gridlines only).
 */
final class ChartStyle {

  static final int WIDTH = 720;
  static final int HEIGHT = 380;

  static final String FONT_FAMILY = "DejaVu Sans";

  /**
   * What the SVG asks the browser for; Verdana has near-identical metrics where DejaVu is missing.
   */
  static final String CSS_FONT_FAMILY = "\"DejaVu Sans\", Verdana, sans-serif";

  static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
  static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
  static final Font NOTE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);

  static final Color BACKGROUND = Color.WHITE;
  static final Color TEXT = new Color(0x33, 0x33, 0x33);
  static final Color TICK_TEXT = new Color(0x55, 0x55, 0x55);
  static final Color GRID = new Color(0xE3, 0xE3, 0xE3);
  static final Color BASELINE = new Color(0x99, 0x99, 0x99);
  static final Color WHISKER = new Color(0x22, 0x22, 0x22);
  static final Color THRESHOLD = new Color(0x6B, 0x1F, 0x1F);

  /**
   * Okabe–Ito colour-blind-safe hues, ordered for lines on white; purple, orange, sky blue and
   * yellow darkened so every line has at least 3:1 contrast against white (WCAG non-text contrast).
   */
  private static final Color[] PALETTE = {
    new Color(0x00, 0x72, 0xB2), // blue
    new Color(0xD5, 0x5E, 0x00), // vermillion
    new Color(0x00, 0x9E, 0x73), // bluish green
    new Color(0xB8, 0x58, 0x8F), // reddish purple, darkened
    new Color(0xB3, 0x7A, 0x00), // orange, darkened
    new Color(0x00, 0x00, 0x00), // black
    new Color(0x3D, 0x8F, 0xBF), // sky blue, darkened
    new Color(0x8F, 0x85, 0x00), // yellow, darkened
  };

  /**
   * The same hues for a dark background ({@link SvgTheme}): lighter, each at least 3:1 against it;
   * black becomes near-white.
   */
  private static final Color[] DARK_PALETTE = {
    new Color(0x56, 0xB4, 0xE9),
    new Color(0xFF, 0x8A, 0x3D),
    new Color(0x2C, 0xC9, 0xA0),
    new Color(0xE8, 0xA3, 0xCB),
    new Color(0xE6, 0x9F, 0x00),
    new Color(0xF0, 0xF0, 0xF0),
    new Color(0x9A, 0xD3, 0xF5),
    new Color(0xF0, 0xE4, 0x42),
  };

  static final int PALETTE_SIZE = PALETTE.length;

  static final Stroke GRID_STROKE = new BasicStroke(1f);
  static final Stroke MAIN_LINE =
      new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final Stroke FAINT_LINE =
      new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final Stroke WHISKER_STROKE =
      new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

  private ChartStyle() {}

  /** Colour number {@code i}, cycling through the palette. */
  static Color colour(int i) {
    return PALETTE[Math.floorMod(i, PALETTE.length)];
  }

  /** Colour number {@code i} on a dark background. */
  static Color darkColour(int i) {
    return DARK_PALETTE[Math.floorMod(i, DARK_PALETTE.length)];
  }

  /** {@code c} with the given opacity in [0, 1]. */
  static Color withAlpha(Color c, double alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
  }

  /** White background, no border, no title, no theme; padding leaves room for labels above bars. */
  static JFreeChart chart(Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, legend);
    chart.setBackgroundPaint(BACKGROUND);
    chart.setBorderVisible(false);
    chart.setElementHinting(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(20, 8, 8, 16));
    return chart;
  }

  /**
   * The value axis's title above the plot, left-aligned and wrapped to the chart's width: on a
   * phone-sized chart a rotated title would be longer than the plot is tall.
   */
  static void titleAbove(JFreeChart chart, String label) {
    String clean = Text.clean(label);
    if (clean.isEmpty()) {
      return;
    }
    org.jfree.chart.title.TextTitle title =
        new org.jfree.chart.title.TextTitle(
            clean,
            LABEL_FONT,
            TEXT,
            RectangleEdge.TOP,
            HorizontalAlignment.LEFT,
            VerticalAlignment.TOP,
            new RectangleInsets(0, 0, 8, 0));
    title.setMaximumLinesToDisplay(3);
    chart.addSubtitle(title);
  }

  /** No plot background, no outline, no data message in the house style. */
  static void plot(Plot plot) {
    plot.setBackgroundPaint(null);
    plot.setOutlineVisible(false);
    plot.setInsets(RectangleInsets.ZERO_INSETS);
    plot.setNoDataMessage("No data");
    plot.setNoDataMessageFont(NOTE_FONT);
    plot.setNoDataMessagePaint(TICK_TEXT);
  }

  /** Fonts and colours of an axis; no tick marks, axis line only where the caller re-enables it. */
  static void axis(Axis axis, String label) {
    String clean = Text.clean(label);
    axis.setLabel(clean.isEmpty() ? null : clean);
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(TEXT);
    axis.setTickLabelFont(TICK_FONT);
    axis.setTickLabelPaint(TICK_TEXT);
    axis.setTickMarksVisible(false);
    axis.setAxisLineVisible(false);
    axis.setAxisLinePaint(BASELINE);
    axis.setAxisLineStroke(GRID_STROKE);
  }
}
