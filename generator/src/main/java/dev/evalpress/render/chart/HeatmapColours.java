package dev.evalpress.render.chart;

import java.awt.Color;

/**
 * The heatmap's colour scale: viridis (dark purple → blue → green → yellow), which is perceptually
 * uniform, readable by people with the common colour-vision deficiencies and keeps its order in
 * greyscale. Cells take black or white text, whichever contrasts more (WCAG contrast ratio).
 */
final class HeatmapColours {

  /** viridis at 0, 0.1, …, 1 (the reference values of matplotlib / R viridisLite). */
  private static final Color[] STOPS = {
    new Color(0x44, 0x01, 0x54), new Color(0x48, 0x25, 0x76), new Color(0x41, 0x44, 0x87),
    new Color(0x35, 0x60, 0x8D), new Color(0x2A, 0x78, 0x8E), new Color(0x21, 0x90, 0x8C),
    new Color(0x22, 0xA8, 0x84), new Color(0x43, 0xBF, 0x71), new Color(0x7A, 0xD1, 0x51),
    new Color(0xBB, 0xDF, 0x27), new Color(0xFD, 0xE7, 0x25),
  };

  /** A cell without data. */
  static final Color MISSING = new Color(0xEE, 0xEE, 0xEE);

  /** The dash in a cell without data. */
  static final Color MISSING_TEXT = new Color(0x75, 0x75, 0x75);

  static final Color DARK_TEXT = new Color(0x11, 0x11, 0x11);

  /** Near-white, not white: white is the chart background, which the dark theme recolours. */
  static final Color LIGHT_TEXT = new Color(0xFE, 0xFE, 0xFE);

  private HeatmapColours() {}

  /** The colour at position {@code t} in [0, 1] (clamped; NaN counts as 0). */
  static Color at(double t) {
    double x = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
    double scaled = x * (STOPS.length - 1);
    int i = Math.min((int) Math.floor(scaled), STOPS.length - 2);
    double f = scaled - i;
    Color a = STOPS[i];
    Color b = STOPS[i + 1];
    return new Color(
        mix(a.getRed(), b.getRed(), f),
        mix(a.getGreen(), b.getGreen(), f),
        mix(a.getBlue(), b.getBlue(), f));
  }

  /** The stops of the scale, evenly spaced from 0 to 1, for a gradient. */
  static Color[] stops() {
    return STOPS.clone();
  }

  /** Black or white, whichever has the higher contrast ratio against {@code background}. */
  static Color textOn(Color background) {
    double bg = luminance(background);
    double dark = contrast(bg, luminance(DARK_TEXT));
    double light = contrast(bg, luminance(LIGHT_TEXT));
    return dark >= light ? DARK_TEXT : LIGHT_TEXT;
  }

  /** WCAG relative luminance of an sRGB colour. */
  static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  /** WCAG contrast ratio of two relative luminances. */
  static double contrast(double l1, double l2) {
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : StrictMath.pow((c + 0.055) / 1.055, 2.4);
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }
}
