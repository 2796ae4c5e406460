package dev.evalpress.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws heatmaps by hand on the canvas (no JFreeChart plot): row labels on the left, column labels
 * above the grid (wrapped onto up to four lines, or turned upright when they do not fit), one tile
 * per cell in the colour of its value with its label in black or white, grey tiles with a dash
 * where there is no data, and a colour legend under the grid. The drawing is 720 wide and as tall
 * as its rows need.
 */
final class HeatmapCharts {

  static final double ROW_HEIGHT = 40;

  /** The height of a heatmap without rows or columns, which shows "No data". */
  static final int EMPTY_HEIGHT = 160;

  private static final double PAD_TOP = 12;
  private static final double PAD_LEFT = 8;
  private static final double PAD_RIGHT = 12;
  private static final double PAD_BOTTOM = 8;

  /** Between the row labels and the grid, and between the column labels and the grid. */
  private static final double LABEL_GAP = 10;

  private static final double MAX_ROW_LABEL_WIDTH = 220;
  private static final int MAX_ROW_LABEL_LINES = 2;
  private static final double MAX_CELL_WIDTH = 150;

  /** White space between neighbouring tiles. */
  private static final double TILE_GAP = 2;

  private static final int MAX_COLUMN_LABEL_LINES = 4;
  private static final double MAX_UPRIGHT_LABEL_LENGTH = 160;
  private static final double LINE_HEIGHT = 15;

  /** Cap height of DejaVu Sans: text is centred on its digits and capitals. */
  private static final double CAP_HEIGHT = 0.73;

  private static final Font LABEL_FONT = ChartStyle.TICK_FONT;
  private static final Font VALUE_FONT = ChartStyle.LABEL_FONT;
  private static final Font SMALL_VALUE_FONT = new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, 11);
  private static final String MISSING = "\u2014";

  private static final double LEGEND_TOP_GAP = 18;
  private static final double LEGEND_BAR_WIDTH = 180;
  private static final double LEGEND_BAR_HEIGHT = 10;
  private static final double LEGEND_TICK = 4;
  private static final double LEGEND_HEIGHT = LEGEND_TOP_GAP + LEGEND_BAR_HEIGHT + LEGEND_TICK + 16;

  private HeatmapCharts() {}

  /**
   * Where everything goes; computed from the data alone, so the canvas can be sized before drawing.
   */
  record Layout(
      HeatmapChartData data,
      int width,
      int height,
      double gridLeft,
      double gridTop,
      double cellWidth,
      double rowLabelRight,
      List<List<String>> rowLines,
      boolean upright,
      List<List<String>> columnLines,
      List<List<String>> cellText,
      Font valueFont,
      double low,
      double high,
      List<String> legendTitle) {

    boolean isEmpty() {
      return data.rows().isEmpty() || data.columns().isEmpty();
    }

    double gridRight() {
      return gridLeft + cellWidth * data.columns().size();
    }

    double gridBottom() {
      return gridTop + ROW_HEIGHT * data.rows().size();
    }
  }

  /** Lays {@code data} out on a 720-wide canvas. */
  static Layout layout(HeatmapChartData data) {
    return layout(data, ChartSize.WIDE);
  }

  /**
   * Lays {@code data} out on a canvas of {@code size}'s width; row labels get at most a third of it
   * (220 px on the wide canvas).
   */
  static Layout layout(HeatmapChartData data, ChartSize size) {
    int width = size.width();
    double maxRowLabelWidth = Math.min(MAX_ROW_LABEL_WIDTH, width * 0.34);
    int rows = data.rows().size();
    int columns = data.columns().size();
    if (rows == 0 || columns == 0) {
      return new Layout(
          data,
          width,
          EMPTY_HEIGHT,
          0,
          0,
          0,
          0,
          List.of(),
          false,
          List.of(),
          List.of(),
          VALUE_FONT,
          0,
          1,
          List.of());
    }
    // row labels: wrapped onto two lines at most, as wide as the widest needs
    List<List<String>> rowLines = new ArrayList<>();
    double labelWidth = 0;
    for (String row : data.rows()) {
      List<String> lines =
          TextLines.wrapOrCut(Text.clean(row), LABEL_FONT, maxRowLabelWidth, MAX_ROW_LABEL_LINES);
      rowLines.add(lines);
      for (String line : lines) {
        labelWidth = Math.max(labelWidth, TextLines.width(line, LABEL_FONT));
      }
    }
    double labelGap = labelWidth > 0 ? LABEL_GAP : 0;
    double available = width - PAD_LEFT - PAD_RIGHT;
    double cellWidth = Math.min(MAX_CELL_WIDTH, (available - labelWidth - labelGap) / columns);
    double block = labelWidth + labelGap + cellWidth * columns;
    double rowLabelRight = PAD_LEFT + (available - block) / 2 + labelWidth;
    double gridLeft = rowLabelRight + labelGap;

    // column labels: wrapped across the column if every one fits, otherwise upright
    List<List<String>> columnLines = new ArrayList<>();
    boolean upright = false;
    int maxLines = 0;
    for (String column : data.columns()) {
      Optional<List<String>> lines =
          TextLines.wrap(
              Text.clean(column), LABEL_FONT, cellWidth - 2 * TILE_GAP - 4, MAX_COLUMN_LABEL_LINES);
      if (lines.isEmpty()) {
        upright = true;
        break;
      }
      columnLines.add(lines.get());
      maxLines = Math.max(maxLines, lines.get().size());
    }
    double header;
    if (upright) {
      // upright, reading bottom to top, on as many lines side by side as the column has room for
      columnLines.clear();
      int lines = Math.max(1, (int) Math.floor((cellWidth - 2 * TILE_GAP) / LINE_HEIGHT));
      double longest = 0;
      for (String column : data.columns()) {
        List<String> upr =
            TextLines.wrapOrCut(Text.clean(column), LABEL_FONT, MAX_UPRIGHT_LABEL_LENGTH, lines);
        columnLines.add(upr);
        for (String line : upr) {
          longest = Math.max(longest, TextLines.width(line, LABEL_FONT));
        }
      }
      header = longest;
    } else {
      header = maxLines == 0 ? 0 : (maxLines - 1) * LINE_HEIGHT + LABEL_FONT.getSize() * CAP_HEIGHT;
    }
    double gridTop = PAD_TOP + header + (header > 0 ? LABEL_GAP : 0);

    // cell labels, and a smaller font (or none) when they do not fit the tiles
    List<List<String>> cellText = new ArrayList<>();
    double widest = 0;
    double low = Double.NaN;
    double high = Double.NaN;
    for (int r = 0; r < rows; r++) {
      List<String> texts = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        String text;
        if (data.hasValue(r, c)) {
          double v = data.values().get(r).get(c);
          String label = Text.clean(data.labels().get(r).get(c));
          text = label.isEmpty() ? ValueAxes.valueFormat(data.scale(), v).format(v) : label;
          low = Double.isNaN(low) ? v : Math.min(low, v);
          high = Double.isNaN(high) ? v : Math.max(high, v);
        } else {
          text = MISSING;
        }
        texts.add(text);
        widest = Math.max(widest, TextLines.width(text, VALUE_FONT));
      }
      cellText.add(texts);
    }
    double room = cellWidth - 2 * TILE_GAP - 4;
    Font valueFont = VALUE_FONT;
    if (widest > room) {
      double small = widest * SMALL_VALUE_FONT.getSize2D() / VALUE_FONT.getSize2D();
      valueFont = small <= room ? SMALL_VALUE_FONT : null;
    }
    double[] range = colourRange(data.scale(), low, high);
    // on a phone the colour scale's title has no room beside it: it goes above, wrapped
    List<String> legendTitle =
        size.narrow()
            ? TextLines.wrapOrCut(
                Text.clean(data.valueLabel()), LABEL_FONT, width - PAD_LEFT - PAD_RIGHT, 2)
            : List.of();
    int height =
        (int)
            Math.ceil(
                gridTop
                    + ROW_HEIGHT * rows
                    + LEGEND_HEIGHT
                    + legendTitle.size() * LINE_HEIGHT
                    + PAD_BOTTOM);
    return new Layout(
        data,
        width,
        height,
        gridLeft,
        gridTop,
        cellWidth,
        rowLabelRight,
        List.copyOf(rowLines),
        upright,
        List.copyOf(columnLines),
        List.copyOf(cellText),
        valueFont,
        range[0],
        range[1],
        List.copyOf(legendTitle));
  }

  /**
   * The values at the two ends of the colour scale: 0 and 1 for proportions, else the data's range.
   */
  static double[] colourRange(ValueScale scale, double low, double high) {
    if (scale == ValueScale.PROPORTION || Double.isNaN(low)) {
      return new double[] {0, 1};
    }
    if (high - low < 1e-12) {
      double pad = Math.abs(high) > 1e-12 ? Math.abs(high) * 0.1 : 1;
      return new double[] {low - pad, high + pad};
    }
    return new double[] {low, high};
  }

  /** Draws the laid-out heatmap on a canvas of {@code layout.height()}. */
  static void draw(Graphics2D g2, Layout layout) {
    g2.setPaint(ChartStyle.BACKGROUND);
    g2.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
    if (layout.isEmpty()) {
      g2.setFont(ChartStyle.NOTE_FONT);
      g2.setPaint(ChartStyle.TICK_TEXT);
      String note = "No data";
      g2.drawString(
          note,
          (float) ((layout.width() - TextLines.width(note, ChartStyle.NOTE_FONT)) / 2),
          (float) (layout.height() / 2.0 + ChartStyle.NOTE_FONT.getSize() * CAP_HEIGHT / 2));
      return;
    }
    drawRowLabels(g2, layout);
    drawColumnLabels(g2, layout);
    drawCells(g2, layout);
    drawLegend(g2, layout);
  }

  private static void drawRowLabels(Graphics2D g2, Layout layout) {
    g2.setFont(LABEL_FONT);
    g2.setPaint(ChartStyle.TEXT);
    for (int r = 0; r < layout.rowLines().size(); r++) {
      List<String> lines = layout.rowLines().get(r);
      double middle = layout.gridTop() + (r + 0.5) * ROW_HEIGHT;
      double first = middle - (lines.size() - 1) * LINE_HEIGHT / 2 + capHeight(LABEL_FONT) / 2;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        drawString(
            g2,
            line,
            layout.rowLabelRight() - TextLines.width(line, LABEL_FONT),
            first + i * LINE_HEIGHT);
      }
    }
  }

  private static void drawColumnLabels(Graphics2D g2, Layout layout) {
    g2.setFont(LABEL_FONT);
    g2.setPaint(ChartStyle.TEXT);
    double bottom = layout.gridTop() - LABEL_GAP;
    for (int c = 0; c < layout.columnLines().size(); c++) {
      List<String> lines = layout.columnLines().get(c);
      double centre = layout.gridLeft() + (c + 0.5) * layout.cellWidth();
      if (layout.upright()) {
        // each line reads bottom to top from just above the grid; later lines to the right
        for (int i = 0; i < lines.size(); i++) {
          double x =
              centre + (i - (lines.size() - 1) / 2.0) * LINE_HEIGHT + capHeight(LABEL_FONT) / 2;
          AffineTransform saved = g2.getTransform();
          g2.translate(x, bottom);
          g2.rotate(-Math.PI / 2);
          drawString(g2, lines.get(i), 0, 0);
          g2.setTransform(saved);
        }
        continue;
      }
      // bottom-aligned: the last line of every label sits just above the grid
      double lastBaseline = bottom;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        double baseline = lastBaseline - (lines.size() - 1 - i) * LINE_HEIGHT;
        drawString(g2, line, centre - TextLines.width(line, LABEL_FONT) / 2, baseline);
      }
    }
  }

  private static void drawCells(Graphics2D g2, Layout layout) {
    HeatmapChartData data = layout.data();
    double inset = TILE_GAP / 2;
    for (int r = 0; r < data.rows().size(); r++) {
      for (int c = 0; c < data.columns().size(); c++) {
        double x = layout.gridLeft() + c * layout.cellWidth();
        double y = layout.gridTop() + r * ROW_HEIGHT;
        boolean present = data.hasValue(r, c);
        Color fill = present ? colour(layout, data.values().get(r).get(c)) : HeatmapColours.MISSING;
        g2.setPaint(fill);
        MarkTitles.title(
            g2,
            Text.clean(data.rows().get(r))
                + ", "
                + Text.clean(data.columns().get(c))
                + ": "
                + (present ? layout.cellText().get(r).get(c) : "no data"));
        g2.fill(
            new Rectangle2D.Double(
                x + inset, y + inset, layout.cellWidth() - TILE_GAP, ROW_HEIGHT - TILE_GAP));
        // no labels at all (not even dashes) when the values do not fit the tiles
        Font font = layout.valueFont() == null ? null : present ? layout.valueFont() : LABEL_FONT;
        if (font == null) {
          continue;
        }
        String text = layout.cellText().get(r).get(c);
        g2.setFont(font);
        g2.setPaint(present ? HeatmapColours.textOn(fill) : HeatmapColours.MISSING_TEXT);
        drawString(
            g2,
            text,
            x + (layout.cellWidth() - TextLines.width(text, font)) / 2,
            y + ROW_HEIGHT / 2 + capHeight(font) / 2);
      }
    }
  }

  private static Color colour(Layout layout, double value) {
    return HeatmapColours.at((value - layout.low()) / (layout.high() - layout.low()));
  }

  /**
   * The colour bar with ticks at both ends and the middle, its title to the left, under the grid.
   */
  private static void drawLegend(Graphics2D g2, Layout layout) {
    double low = layout.low();
    double high = layout.high();
    ValueScale scale = layout.data().scale();
    // 0%, 50%, 100% for proportions; the two ends for numbers (a middle value is rarely round)
    double[] ticks =
        scale == ValueScale.PROPORTION
            ? new double[] {low, (low + high) / 2, high}
            : new double[] {low, high};
    String[] tickText = new String[ticks.length];
    for (int i = 0; i < ticks.length; i++) {
      NumberFormat f =
          scale == ValueScale.PROPORTION
              ? ValueAxes.format(0.25, scale)
              : ValueAxes.valueFormat(scale, ticks[i]);
      tickText[i] = f.format(ticks[i]);
    }
    double lastHalf = TextLines.width(tickText[ticks.length - 1], LABEL_FONT) / 2;
    double right = Math.min(layout.gridRight() - TILE_GAP / 2, layout.width() - 4 - lastHalf);
    double barWidth = Math.min(LEGEND_BAR_WIDTH, layout.width() / 2.0);
    double left = right - barWidth;
    double top = layout.gridBottom() + LEGEND_TOP_GAP;
    List<String> titleAbove = layout.legendTitle();
    g2.setFont(LABEL_FONT);
    g2.setPaint(ChartStyle.TEXT);
    for (String line : titleAbove) {
      drawString(g2, line, PAD_LEFT, top + capHeight(LABEL_FONT));
      top += LINE_HEIGHT;
    }

    Color[] stops = HeatmapColours.stops();
    float[] fractions = new float[stops.length];
    for (int i = 0; i < stops.length; i++) {
      fractions[i] = (float) i / (stops.length - 1);
    }
    g2.setPaint(new LinearGradientPaint((float) left, 0f, (float) right, 0f, fractions, stops));
    g2.fill(new Rectangle2D.Double(left, top, barWidth, LEGEND_BAR_HEIGHT));

    g2.setStroke(ChartStyle.GRID_STROKE);
    g2.setFont(LABEL_FONT);
    for (int i = 0; i < ticks.length; i++) {
      double x = left + barWidth * i / (ticks.length - 1);
      g2.setPaint(ChartStyle.BASELINE);
      g2.draw(
          new Line2D.Double(x, top + LEGEND_BAR_HEIGHT, x, top + LEGEND_BAR_HEIGHT + LEGEND_TICK));
      g2.setPaint(ChartStyle.TICK_TEXT);
      drawString(
          g2,
          tickText[i],
          x - TextLines.width(tickText[i], LABEL_FONT) / 2,
          top + LEGEND_BAR_HEIGHT + LEGEND_TICK + 2 + capHeight(LABEL_FONT));
    }

    double titleRight = left - TextLines.width(tickText[0], LABEL_FONT) / 2 - 12;
    String title =
        titleAbove.isEmpty()
            ? TextLines.cut(
                Text.clean(layout.data().valueLabel()), LABEL_FONT, titleRight - PAD_LEFT)
            : "";
    if (!title.isEmpty()) {
      g2.setPaint(ChartStyle.TEXT);
      drawString(
          g2,
          title,
          titleRight - TextLines.width(title, LABEL_FONT),
          top + LEGEND_BAR_HEIGHT / 2 + capHeight(LABEL_FONT) / 2);
    }
  }

  private static double capHeight(Font font) {
    return font.getSize2D() * CAP_HEIGHT;
  }

  private static void drawString(Graphics2D g2, String text, double x, double y) {
    if (!text.isEmpty()) {
      g2.drawString(text, (float) x, (float) y);
    }
  }
}
