package dev.evalpress.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the chart tests read out of an SVG's text. */
final class SvgText {

  private SvgText() {}

  /** How often {@code part} occurs in {@code svg}, overlapping occurrences included. */
  static int count(String svg, String part) {
    int n = 0;
    for (int i = svg.indexOf(part); i >= 0; i = svg.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /** The first group of every match of {@code regex} in {@code svg}, in order. */
  static List<String> groups(String regex, String svg) {
    Matcher m = Pattern.compile(regex).matcher(svg);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
