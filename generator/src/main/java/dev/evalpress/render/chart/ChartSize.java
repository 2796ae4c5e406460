package dev.evalpress.render.chart;

/**
 * The size a chart is drawn at. Chart text is a fixed 12–13 px of the drawing, so a chart stays
 * readable only near its drawn width: {@link #WIDE} for desktop columns (shown at 660–880 px),
 * {@link #NARROW} for phones (shown at up to 369 px, 16 px text at most), where the value-axis
 * title moves above the plot, model names slant and axes have fewer ticks.
 *
 * @param width the drawing's width in px
 * @param height the drawing's height in px (a heatmap grows with its rows instead)
 * @param narrow whether this is the phone layout
 */
public record ChartSize(int width, int height, boolean narrow) {

  /** 720 × 380, for desktop text columns. */
  public static final ChartSize WIDE = new ChartSize(720, 380, false);

  /** 300 × 420, for phones: taller than wide, for slanted model names under the plot. */
  public static final ChartSize NARROW = new ChartSize(300, 420, true);

  /** Value-axis tick intervals at most: fewer on a phone, where long numbers would collide. */
  int maxTickIntervals() {
    return narrow ? 4 : 6;
  }
}
