package dev.evalpress.render.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.regex.Pattern;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.jfree.svg.util.DoubleConverter;

/**
 * A JFreeSVG canvas set up for deterministic, responsive output with selectable text.
 *
 * <p>JFreeSVG would otherwise derive its defs/clip ids from {@code System.nanoTime()}; here every
 * internal id starts with {@code idPrefix + "-"}. Coordinates are rounded to two decimals.
 */
final class SvgCanvas {

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  static {
    // JFreeChart draws rotated text (the value-axis label, 45-degree category labels) through a
    // TextLayout by default, which JFreeSVG turns into glyph outlines. Plain drawString keeps it
    // as <text>. This is a JVM-wide JFreeChart switch; the workaround it disables is for an
    // ancient JDK bug (4312117) that current JDKs do not have.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private final String id;
  private final int width;
  private final int height;
  private final SVGGraphics2D g2;

  /** A canvas of the standard size, {@link ChartStyle#WIDTH} × {@link ChartStyle#HEIGHT}. */
  SvgCanvas(String idPrefix) {
    this(idPrefix, ChartStyle.WIDTH, ChartStyle.HEIGHT);
  }

  /**
   * A canvas of {@code width} × {@code height} px; the document's width, height and viewBox match
   * it.
   */
  SvgCanvas(String idPrefix, int width, int height) {
    this.id = checkId(idPrefix);
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "canvas size must be positive, was " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    // DecimalFormat inside is not thread-safe: one converter per canvas.
    g2.setGeomDoubleConverter(new DoubleConverter(2));
    g2.setTransformDoubleConverter(new DoubleConverter(4));
    g2.setFontFunction(family -> ChartStyle.CSS_FONT_FAMILY);
    // Strings become <text> elements (selectable, searchable), not glyph outlines.
    g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
  }

  /** The id prefix must be a plain identifier: it is written unescaped into id attributes. */
  static String checkId(String idPrefix) {
    if (idPrefix == null || !ID.matcher(idPrefix).matches()) {
      throw new IllegalArgumentException(
          "idPrefix must match [A-Za-z][A-Za-z0-9_-]*, was: " + idPrefix);
    }
    return idPrefix;
  }

  Graphics2D graphics() {
    return g2;
  }

  Rectangle2D area() {
    return new Rectangle2D.Double(0, 0, width, height);
  }

  /** The finished standalone document: XML declaration plus the {@code <svg>} element. */
  String document() {
    ViewBox viewBox = new ViewBox(0, 0, width, height);
    return XML_DECLARATION
        + SvgTheme.apply(MarkTitles.nest(g2.getSVGElement(id, true, viewBox, null, null)))
        + "\n";
  }
}
