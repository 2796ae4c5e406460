package dev.evalpress.render.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a chart's colours themeable: every colour with a role (background, text, grid, each series)
 * is written as {@code var(--role, rgb(…))} in the element's style, and a {@code <style>} block at
 * the top of the SVG defines the roles for light and, under {@code prefers-color-scheme: dark}, for
 * dark. JFreeSVG writes colours into {@code style} attributes, where custom properties work (unlike
 * presentation attributes).
 *
 * <p>The SVG is shown through {@code <img>}, so it is its own document: the page's CSP ({@code
 * style-src 'self'}) does not apply to its {@code <style>}, and Chromium evaluates its media query
 * with the embedding page's colour scheme. Colours without a role (heatmap cells, whose text colour
 * is chosen for each cell) are left as drawn.
 */
final class SvgTheme {

  /** A colour's role: its custom property, and its value on a dark background. */
  private record Role(String property, Color dark) {}

  private static final Map<Color, Role> ROLES = new LinkedHashMap<>();

  static {
    role(ChartStyle.BACKGROUND, "chart-bg", 0x16181D);
    role(ChartStyle.TEXT, "chart-text", 0xE8E8E8);
    role(ChartStyle.TICK_TEXT, "chart-muted", 0xBDBDBD);
    role(ChartStyle.GRID, "chart-grid", 0x3A3E46);
    role(ChartStyle.BASELINE, "chart-axis", 0x8C9099);
    role(ChartStyle.WHISKER, "chart-whisker", 0xDDDDDD);
    role(ChartStyle.THRESHOLD, "chart-threshold", 0xFF9E8F);
    role(HeatmapColours.MISSING, "chart-missing", 0x2C3038);
    role(HeatmapColours.MISSING_TEXT, "chart-missing-text", 0xA8ACB3);
    for (int i = 0; i < ChartStyle.PALETTE_SIZE; i++) {
      role(ChartStyle.colour(i), "series-" + (i + 1), ChartStyle.darkColour(i));
    }
  }

  private static final Pattern RGB =
      Pattern.compile("rgb\\((\\d{1,3}), ?(\\d{1,3}), ?(\\d{1,3})\\)");

  private SvgTheme() {}

  private static void role(Color light, String property, int dark) {
    role(light, property, new Color(dark));
  }

  private static void role(Color light, String property, Color dark) {
    if (ROLES.putIfAbsent(light, new Role(property, dark)) != null) {
      throw new IllegalStateException("two roles share the colour " + css(light));
    }
  }

  /**
   * {@code svg} (a JFreeSVG element) with the style block after its opening tag and every role
   * colour replaced by its custom property.
   */
  static String apply(String svg) {
    Matcher m = RGB.matcher(svg);
    StringBuilder out = new StringBuilder(svg.length() + 2048);
    while (m.find()) {
      Color c =
          new Color(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      Role role = ROLES.get(c);
      String replacement =
          role == null ? m.group() : "var(--" + role.property() + ", " + m.group() + ")";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    int open = out.indexOf(">", out.indexOf("<svg")) + 1;
    out.insert(open, styleBlock());
    return out.toString();
  }

  /** The custom properties, light then dark. */
  static String styleBlock() {
    StringBuilder light = new StringBuilder();
    StringBuilder dark = new StringBuilder();
    ROLES.forEach(
        (colour, role) -> {
          light.append("--").append(role.property()).append(':').append(css(colour)).append(';');
          dark.append("--")
              .append(role.property())
              .append(':')
              .append(css(role.dark()))
              .append(';');
        });
    return "<style>svg{"
        + light
        + "}@media (prefers-color-scheme: dark){svg{"
        + dark
        + "}}</style>";
  }

  /** The dark-theme value of a role colour, or the colour itself when it has no role. */
  static Color dark(Color light) {
    Role role = ROLES.get(light);
    return role == null ? light : role.dark();
  }

  static String css(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}
