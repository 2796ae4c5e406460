package dev.evalpress.analyse;

/**
 * What a comparison of two versions says, given the metric's direction and the significance level.
 */
public enum Verdict {
  IMPROVED("improved"),
  REGRESSED("regressed"),
  NO_DETECTABLE_CHANGE("no detectable change");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
