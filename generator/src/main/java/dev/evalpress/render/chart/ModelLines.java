package dev.evalpress.render.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model lines of a trend chart (chains of versions joined to their predecessors) and how each
 * looks: lines of one family share its colour, so the first line of a family is solid with round
 * markers, the second dashed with squares, the third dotted with triangles, and so on; the legend
 * shows each line's dash and marker. Without colour the lines are still told apart.
 */
final class ModelLines {

  private static final Shape[] MARKERS = {
    new Ellipse2D.Double(-4, -4, 8, 8),
    new Rectangle2D.Double(-3.5, -3.5, 7, 7),
    triangle(true),
    diamond(),
    triangle(false),
  };

  private static final float[][] DASHES = {null, {7f, 4f}, {2f, 3.5f}, {9f, 3f, 2f, 3f}, {4f, 4f}};

  /** A line of a family: its values' indices in chart order, and its legend name. */
  record Line(String series, int number, String name, List<Integer> values) {}

  private final int[] lineOf;
  private final List<Line> lines;

  private ModelLines(int[] lineOf, List<Line> lines) {
    this.lineOf = lineOf;
    this.lines = lines;
  }

  /**
   * The lines of {@code data}: a value starts a line unless it is joined to a predecessor, whose
   * line it continues (when several are joined to one, the one named most like it does; the others
   * start lines, their segment from the predecessor drawn in their own dash). A line's name is the
   * words its versions' names share ("Claude Haiku" for "Claude Haiku 3.5" and "Claude Haiku 4.5"),
   * or its first version's name; a family with one line is named by the family.
   */
  static ModelLines of(TrendChartData data, List<String> labels) {
    int n = data.values().size();
    // of the versions joined to one predecessor, the one whose name shares most leading words with
    // it continues its line (Sonnet 3.7 → Sonnet 4); the others branch off into lines of their own
    int[] heir = new int[n];
    java.util.Arrays.fill(heir, -1);
    for (int i = 0; i < n; i++) {
      int p = data.joinedTo(i);
      if (p >= 0 && p < i) {
        int best = heir[p];
        if (best < 0 || commonWords(labels, p, i) > commonWords(labels, p, best)) {
          heir[p] = i;
        }
      }
    }
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      int p = data.joinedTo(i);
      // predecessors come earlier on the chart (release order); anything else starts a line
      root[i] = p >= 0 && p < i && heir[p] == i ? root[p] : i;
    }
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(root[i], r -> new ArrayList<>()).add(i);
    }
    Map<String, Integer> linesInSeries = new LinkedHashMap<>();
    byRoot.keySet().forEach(r -> linesInSeries.merge(data.series().get(r), 1, Integer::sum));
    Map<String, Integer> next = new LinkedHashMap<>();
    int[] lineOf = new int[n];
    List<Line> lines = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : byRoot.entrySet()) {
      String series = data.series().get(e.getKey());
      int number = next.merge(series, 1, Integer::sum) - 1;
      String name =
          linesInSeries.get(series) == 1
              ? Text.clean(series)
              : lineName(
                  series, e.getValue().stream().map(i -> Text.clean(labels.get(i))).toList());
      for (int i : e.getValue()) {
        lineOf[i] = lines.size();
      }
      lines.add(new Line(series, number, name, List.copyOf(e.getValue())));
    }
    return new ModelLines(lineOf, List.copyOf(lines));
  }

  /** The lines, in order of their first version. */
  List<Line> lines() {
    return lines;
  }

  /** The line that value {@code i} is on. */
  Line lineOf(int i) {
    return lines.get(lineOf[i]);
  }

  /** The marker of the {@code number}th line of a family. */
  static Shape marker(int number) {
    return MARKERS[Math.floorMod(number, MARKERS.length)];
  }

  /** The stroke of the {@code number}th line of a family: solid, dashed, dotted, … */
  static Stroke stroke(int number) {
    float[] dash = DASHES[Math.floorMod(number, DASHES.length)];
    return dash == null
        ? ChartStyle.MAIN_LINE
        : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /**
   * A line's name in the legend: the words its versions' names share, or, when they share none (or
   * it has one version), the family and its first version ("gpt: GPT-4.1").
   */
  static String lineName(String series, List<String> names) {
    String shared = sharedWords(names);
    return shared.equals(names.get(0)) ? Text.clean(series) + ": " + shared : shared;
  }

  /**
   * The leading words all {@code names} share, when they share some but not all of any name's
   * words; otherwise the first name.
   */
  static String sharedWords(List<String> names) {
    List<String> first = Arrays.asList(names.get(0).split(" "));
    int shared = first.size();
    for (String name : names) {
      List<String> words = Arrays.asList(name.split(" "));
      int k = 0;
      while (k < shared && k < words.size() && words.get(k).equals(first.get(k))) {
        k++;
      }
      shared = Math.min(shared, k);
      if (k == words.size()) {
        shared = Math.min(shared, k - 1);
      }
    }
    return shared > 0 && names.size() > 1
        ? String.join(" ", first.subList(0, shared))
        : names.get(0);
  }

  /** How many leading words the labels of values {@code a} and {@code b} share. */
  private static int commonWords(List<String> labels, int a, int b) {
    String[] x = Text.clean(labels.get(a)).split(" ");
    String[] y = Text.clean(labels.get(b)).split(" ");
    int k = 0;
    while (k < x.length && k < y.length && x[k].equals(y[k])) {
      k++;
    }
    return k;
  }

  private static Shape triangle(boolean up) {
    Path2D.Double p = new Path2D.Double();
    double s = up ? 1 : -1;
    p.moveTo(0, -4.5 * s);
    p.lineTo(4.5, 3.5 * s);
    p.lineTo(-4.5, 3.5 * s);
    p.closePath();
    return p;
  }

  private static Shape diamond() {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -5);
    p.lineTo(5, 0);
    p.lineTo(0, 5);
    p.lineTo(-5, 0);
    p.closePath();
    return p;
  }
}
