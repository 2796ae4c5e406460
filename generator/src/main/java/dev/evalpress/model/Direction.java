package dev.evalpress.model;

/** Whether a smaller or a larger value of a metric is the better outcome. */
public enum Direction {
  LOWER_IS_BETTER("lower-is-better"),
  HIGHER_IS_BETTER("higher-is-better");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  /** The spelling used in result files. */
  public String label() {
    return label;
  }
}
