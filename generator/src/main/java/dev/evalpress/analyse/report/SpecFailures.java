package dev.evalpress.analyse.report;

import dev.evalpress.model.FieldPlaces;
import dev.evalpress.problem.Problems;

/**
 * Reports the problems of one directive at its fields' places and counts them, so a resolver can
 * tell whether the directive resolved. Not thread-safe: one per directive.
 */
final class SpecFailures {

  private final FieldPlaces places;
  private final Problems problems;
  private int count;

  SpecFailures(FieldPlaces places, Problems problems) {
    this.places = places;
    this.problems = problems;
  }

  /** Reports {@code message} at {@code field} (at the block when null or absent). */
  void fail(String field, String message) {
    count++;
    problems.add(places.of(field), message);
  }

  boolean any() {
    return count > 0;
  }
}
