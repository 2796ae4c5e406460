package dev.evalpress.render.chart;

import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.ui.RectangleAnchor;

/**
 * Lays out model names under the bars: wrapped onto up to three centred lines when every word fits
 * the width of a category, otherwise rotated by 45 degrees on one line. Names too long for either
 * are shortened here first ({@link #fitted}): left to JFreeChart, which cuts the end off,
 * checkpoints of one model all became the same "EleutherAI/pythia-v1…".
 */
final class CategoryLabels {

  static final double CATEGORY_MARGIN = 0.25;
  static final double OUTER_MARGIN = 0.03;
  private static final double ROTATED_LOWER_MARGIN = 0.08;

  /** Labels may use part of the gap between bars: width = category width * this. */
  private static final float WIDTH_RATIO = 1.25f;

  private static final int MAX_LINES = 3;

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  /**
   * Widest rotated label drawn whole, with a margin: JFreeChart cuts rotated labels at 0.55 of the
   * plot's height, about 146 px at this size, bar or trend, with or without a legend.
   */
  static final double ROTATED_MAX_WIDTH = 140;

  /** The same on the narrow canvas, whose plot is shorter under the title above it. */
  private static final double NARROW_ROTATED_MAX_WIDTH = 125;

  private static final String SEPARATORS = "/-@_ ";
  private static final String ELLIPSIS = "\u2026";

  private CategoryLabels() {}

  /**
   * The labels as the axis shows them: unchanged when they wrap into their categories, otherwise
   * {@link #shorten shortened} to the width of a rotated label.
   */
  static List<String> fitted(List<String> labels) {
    return fitted(labels, ChartSize.WIDE);
  }

  /** {@link #fitted(List)} on a canvas of {@code size}. */
  static List<String> fitted(List<String> labels, ChartSize size) {
    if (wraps(labels, labels.size(), size)) {
      return labels.stream().map(CategoryLabels::unbreakable).toList();
    }
    return shorten(labels, size.narrow() ? NARROW_ROTATED_MAX_WIDTH : ROTATED_MAX_WIDTH);
  }

  /**
   * {@code label} with its hyphens as non-breaking hyphens (U+2011) and a word joiner after each
   * slash: JFreeChart wraps with a line BreakIterator, which would split "GPT-4.1" after its
   * hyphen; names may break at spaces only.
   */
  static String unbreakable(String label) {
    return label.replace("-", "\u2011").replace("/", "/\u2060");
  }

  /**
   * Shortens labels when some label is wider than {@code maxWidth}: first the prefix all of them
   * share, up to a separator ({@code / - @ _} or space), which tells the categories nothing apart
   * ("EleutherAI/pythia-160m@step128" → "step128"); then, label by label, what is still too wide
   * loses its middle, keeping its start and as much of its end as fits (the end is where versions
   * and checkpoints differ). Labels that differ never end up alike.
   */
  static List<String> shorten(List<String> labels, double maxWidth) {
    if (labels.stream().allMatch(l -> width(l) <= maxWidth)) {
      return labels;
    }
    int prefix = sharedPrefix(labels);
    List<String> stripped = labels.stream().map(l -> l.substring(prefix)).toList();
    List<String> cut = new ArrayList<>();
    for (String label : stripped) {
      cut.add(cutMiddle(label, maxWidth, true));
    }
    // two different labels cut alike: keep only their ends; alike still, number them
    for (int i = 0; i < cut.size(); i++) {
      if (collides(stripped, cut, i)) {
        cut.set(i, cutMiddle(stripped.get(i), maxWidth, false));
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> firstOriginal = new HashMap<>();
    for (int i = 0; i < cut.size(); i++) {
      String label = cut.get(i);
      String original = firstOriginal.putIfAbsent(label, stripped.get(i));
      if (original != null && !original.equals(stripped.get(i))) {
        int n = seen.merge(label, 2, (a, b) -> a + 1);
        String suffix = " #" + n;
        cut.set(i, cutMiddle(stripped.get(i), maxWidth - width(suffix), false) + suffix);
      }
    }
    return cut;
  }

  /** Whether the cut label {@code i} equals the cut of a different label. */
  private static boolean collides(List<String> originals, List<String> cut, int i) {
    for (int j = 0; j < cut.size(); j++) {
      if (j != i && cut.get(j).equals(cut.get(i)) && !originals.get(j).equals(originals.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Length of the longest prefix that every label shares, ends with a separator, and is shorter
   * than every label (so none is left empty); 0 for fewer than two labels.
   */
  static int sharedPrefix(List<String> labels) {
    if (labels.size() < 2) {
      return 0;
    }
    String first = labels.get(0);
    int common = first.length();
    for (String label : labels) {
      int k = 0;
      while (k < common && k < label.length() && label.charAt(k) == first.charAt(k)) {
        k++;
      }
      common = k;
    }
    int shortest = labels.stream().mapToInt(String::length).min().orElse(0);
    for (int k = Math.min(common, shortest - 1); k > 0; k--) {
      if (SEPARATORS.indexOf(first.charAt(k - 1)) >= 0) {
        return k;
      }
    }
    return 0;
  }

  /**
   * {@code label} cut to {@code maxWidth} with an ellipsis in the middle: its start (about a third
   * of the width, none unless {@code keepStart}) and the longest end that still fits.
   */
  static String cutMiddle(String label, double maxWidth, boolean keepStart) {
    if (width(label) <= maxWidth) {
      return label;
    }
    int[] cps = label.codePoints().toArray();
    int head = 0;
    if (keepStart) {
      while (head < cps.length && width(new String(cps, 0, head + 1) + ELLIPSIS) <= maxWidth / 3) {
        head++;
      }
    }
    String start = new String(cps, 0, head);
    int tail = 0;
    while (head + tail < cps.length
        && width(start + ELLIPSIS + new String(cps, cps.length - tail - 1, tail + 1)) <= maxWidth) {
      tail++;
    }
    return start + ELLIPSIS + new String(cps, cps.length - tail, tail);
  }

  private static boolean wraps(List<String> labels, int categories, ChartSize size) {
    if (labels.isEmpty()) {
      return true;
    }
    double width = categoryWidth(categories, size);
    for (String label : labels) {
      if (lineCount(label, width) > MAX_LINES) {
        return false;
      }
    }
    return true;
  }

  /**
   * Rough width of a category: the data area (the canvas minus padding and the value axis, whose
   * title is above the plot on the narrow canvas) shared out.
   */
  private static double categoryWidth(int categories, ChartSize size) {
    return (size.width() - (size.narrow() ? 60 : 100))
        * (1 - CATEGORY_MARGIN - 2 * OUTER_MARGIN)
        / categories
        * WIDTH_RATIO;
  }

  /** Configures margins and label positions of {@code axis} for {@code labels}. */
  static void configure(CategoryAxis axis, List<String> labels) {
    configure(axis, labels, ChartSize.WIDE);
  }

  /** {@link #configure(CategoryAxis, List)} on a canvas of {@code size}. */
  static void configure(CategoryAxis axis, List<String> labels, ChartSize size) {
    axis.setCategoryMargin(CATEGORY_MARGIN);
    axis.setLowerMargin(OUTER_MARGIN);
    axis.setUpperMargin(OUTER_MARGIN);
    axis.setCategoryLabelPositionOffset(6);
    if (labels.isEmpty()) {
      return;
    }
    double width = categoryWidth(labels.size(), size);
    int lines = 1;
    for (String label : labels) {
      lines = Math.max(lines, lineCount(label, width));
    }
    if (lines <= MAX_LINES) {
      axis.setMaximumCategoryLabelLines(lines);
      axis.setCategoryLabelPositions(
          CategoryLabelPositions.replaceBottomPosition(
              CategoryLabelPositions.STANDARD,
              new CategoryLabelPosition(
                  RectangleAnchor.TOP,
                  TextBlockAnchor.TOP_CENTER,
                  CategoryLabelWidthType.CATEGORY,
                  WIDTH_RATIO)));
    } else {
      axis.setMaximumCategoryLabelLines(1);
      axis.setMaximumCategoryLabelWidthRatio(0.55f);
      // the first label slants down-left past the first bar: make room so it is not cut off
      axis.setLowerMargin(ROTATED_LOWER_MARGIN);
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
  }

  /**
   * Lines needed to wrap {@code label} at word boundaries into {@code width}; MAX_VALUE if a word
   * is too wide.
   */
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
