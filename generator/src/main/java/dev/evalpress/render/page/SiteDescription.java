package dev.evalpress.render.page;

import dev.evalpress.model.Category;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The line under the home page's title: the {@code description} of {@code evalpress.yaml}, or,
 * without one, a description derived from what the site holds. A fixed default would be false of
 * many sites (one that claimed misalignment rates showed on sites of capability evals only).
 */
final class SiteDescription {

  private static final String MEASURED = ", with sample sizes and confidence intervals.";

  private SiteDescription() {}

  static String of(Optional<String> configured, Collection<Category> categories, boolean hasRuns) {
    return configured.orElseGet(() -> derived(categories, hasRuns));
  }

  /**
   * Names the categories of the site's evals in {@link Category} order; {@code other} adds no word.
   */
  static String derived(Collection<Category> categories, boolean hasRuns) {
    EnumSet<Category> present =
        categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories);
    if (present.isEmpty()) {
      return hasRuns
          ? "Training runs, with sample sizes and confidence intervals where they were measured."
          : "Evaluation reports.";
    }
    List<String> words = new ArrayList<>();
    for (Category c : present) {
      if (c != Category.OTHER) {
        words.add(c.label());
      }
    }
    String evals = words.isEmpty() ? "Evals" : capitalised(joined(words)) + " evals";
    return evals + " across model versions" + (hasRuns ? " and training runs" : "") + MEASURED;
  }

  /** "a", "a and b", "a, b and c". */
  private static String joined(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }

  private static String capitalised(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
