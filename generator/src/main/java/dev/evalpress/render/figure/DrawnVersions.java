package dev.evalpress.render.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Which model versions a chart of an eval draws when it has more than {@value #LIMIT}: one category
 * per version is unreadable long before 100,000 versions, and drawing them is quadratic (JFreeChart
 * finds each category by a list scan, JFreeSVG scans its clips per shape). The chart then takes the
 * latest version of every family, then every family's second latest, and so on, until it has
 * {@value #LIMIT}, and draws them in their given (release) order; in one turn, families whose
 * version is later go first. The figure's CSV and data table keep every version.
 */
final class DrawnVersions {

  /** The most versions one chart draws: about what 720 pixels of axis can label. */
  static final int LIMIT = 40;

  private DrawnVersions() {}

  /** {@code items} when at most {@link #LIMIT}, otherwise the ones drawn, in their order. */
  static <T> List<T> of(List<T> items, Function<T, String> family) {
    if (items.size() <= LIMIT) {
      return items;
    }
    // turn[i]: how many later versions of i's family there are (0 for its latest)
    int[] turn = new int[items.size()];
    Map<String, Integer> later = new HashMap<>();
    for (int i = items.size() - 1; i >= 0; i--) {
      turn[i] = later.merge(family.apply(items.get(i)), 1, Integer::sum) - 1;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingInt((Integer i) -> turn[i]).thenComparing(Comparator.reverseOrder()));
    return order.subList(0, LIMIT).stream().sorted().map(items::get).toList();
  }

  /**
   * What a caption or description adds when not every one of {@code total} versions is drawn: "the
   * latest 40 of 10,000 versions, each family's in turn"; empty when all are.
   */
  static String note(int total) {
    if (total <= LIMIT) {
      return "";
    }
    return String.format(
        Locale.ROOT, "the latest %d of %,d versions, each family's in turn", LIMIT, total);
  }
}
