package dev.evalpress.render.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.Locale;
import org.jfree.svg.SVGHints;

/**
 * Gives marks an SVG {@code <title>}: a tooltip naming the mark and its numbers, shown by browsers
 * without any script when the SVG is opened (an {@code <img>} shows none; the figure's data table
 * carries the same numbers). JFreeSVG adds the title to the next element drawn; the hit shape is
 * transparent, drawn on top of the mark, so the mark itself keeps its plain style.
 */
final class MarkTitles {

  private static final Color INVISIBLE = new Color(0, 0, 0, 0);
  private static final double HIT_RADIUS = 7;

  private MarkTitles() {}

  /** An invisible shape over a mark, titled {@code title}. */
  static void hit(Graphics2D g2, Shape shape, String title) {
    title(g2, title);
    g2.setPaint(INVISIBLE);
    g2.fill(shape);
  }

  /** An invisible disc around the point ({@code x}, {@code y}), titled {@code title}. */
  static void point(Graphics2D g2, double x, double y, String title) {
    hit(
        g2,
        new Ellipse2D.Double(x - HIT_RADIUS, y - HIT_RADIUS, 2 * HIT_RADIUS, 2 * HIT_RADIUS),
        title);
  }

  /** Titles the next element drawn. */
  static void title(Graphics2D g2, String title) {
    g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, Text.clean(title));
  }

  private static final java.util.regex.Pattern TITLE_BEFORE_SHAPE =
      java.util.regex.Pattern.compile(
          "<title>([^<]*)</title><(ellipse|rect|path|circle|polygon|polyline)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)/>");

  /**
   * {@code svg} with each title moved into the element it names: JFreeSVG writes the {@code
   * <title>} before the element, where browsers take it as the title of the whole drawing.
   */
  static String nest(String svg) {
    return TITLE_BEFORE_SHAPE.matcher(svg).replaceAll("<$2$3><title>$1</title></$2>");
  }

  /** "Claude Opus 4: 74% (95% CI 70–78%)", or without the interval when it is a single point. */
  static String of(IntervalValue v, ValueScale scale) {
    String text = Text.clean(v.label()) + ": " + number(v.value(), scale);
    if (v.upper() > v.lower()) {
      text += " (95% CI " + number(v.lower(), scale) + "\u2013" + number(v.upper(), scale) + ")";
    }
    return text;
  }

  static String number(double value, ValueScale scale) {
    return ValueAxes.valueFormat(scale, value).format(value);
  }

  /** A step count as written in tables: digits grouped by commas. */
  static String step(double step) {
    return step == Math.rint(step)
        ? String.format(Locale.ROOT, "%,d", (long) step)
        : String.format(Locale.ROOT, "%,.2f", step);
  }
}
