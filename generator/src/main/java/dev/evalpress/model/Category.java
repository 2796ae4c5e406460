package dev.evalpress.model;

/** The kind of behaviour an eval measures. */
public enum Category {
  MISALIGNMENT,
  DEGENERATION,
  SYCOPHANCY,
  CAPABILITY,
  OTHER;

  /** The spelling used in result files, e.g. {@code misalignment}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
