package dev.evalpress.problem;

import dev.evalpress.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one run. Thread-safe, so stages may report from parallel work; {@link
 * #list()} returns them sorted by place so output does not depend on scheduling.
 */
public final class Problems {

  private final List<Problem> problems = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();

  public synchronized void add(Source source, String message) {
    problems.add(new Problem(source, message));
  }

  public synchronized boolean isEmpty() {
    return problems.isEmpty();
  }

  public synchronized List<Problem> list() {
    return problems.stream().distinct().sorted().toList();
  }

  /**
   * Records that {@code count} checks were not made because a problem already reported makes them
   * meaningless ({@code because} says which), so the user knows the list of problems is not all
   * there is.
   */
  public synchronized void skipped(int count, String because) {
    if (count > 0) {
      skipped.add(
          count + (count == 1 ? " more check" : " more checks") + " skipped because " + because);
    }
  }

  /** The lines of {@link #skipped}, in the order recorded. */
  public synchronized List<String> skippedChecks() {
    return List.copyOf(skipped);
  }

  /** Ends the run with an {@link InputException} if any problem was reported. */
  public void throwIfAny() {
    if (!isEmpty()) {
      throw new InputException(list(), skippedChecks());
    }
  }
}
