package dev.evalpress.model;

/**
 * What an eval measures. The same eval may be defined in many result files; all definitions must
 * agree.
 */
public record EvalDefinition(
    String id, String title, String metric, Category category, Direction direction, Source source) {

  /** True when both definitions say the same thing, wherever they were written. */
  public boolean agreesWith(EvalDefinition other) {
    return id.equals(other.id)
        && title.equals(other.title)
        && metric.equals(other.metric)
        && category == other.category
        && direction == other.direction;
  }
}
