package dev.evalpress.model;

import java.util.Optional;

/**
 * What an eval measures. The same eval may be defined in many result files; all definitions must
 * agree. {@code description} says in words what the eval measures; it is optional, and not part of
 * the agreement, because importers define evals without one.
 */
public record EvalDefinition(
    String id,
    String title,
    String metric,
    Category category,
    Direction direction,
    Source source,
    Optional<String> description) {

  /** An eval without a description. */
  public EvalDefinition(
      String id,
      String title,
      String metric,
      Category category,
      Direction direction,
      Source source) {
    this(id, title, metric, category, direction, source, Optional.empty());
  }

  /** True when both definitions say the same thing, wherever they were written. */
  public boolean agreesWith(EvalDefinition other) {
    return id.equals(other.id)
        && title.equals(other.title)
        && metric.equals(other.metric)
        && category == other.category
        && direction == other.direction;
  }
}
