package dev.evalpress.model;

import java.util.Locale;

/**
 * What to do when one eval is measured on one model (and condition) by several runs — a rerun, not
 * the same run in several files, which always counts once.
 */
public enum RerunPolicy {
  /** Use the run with the latest timestamp of its own; list the others as earlier runs. */
  LATEST,
  /** Pool the runs into one result (counts added; scores averaged weighted by n). */
  POOL,
  /** Stop the build: every eval × model must be measured once. */
  ERROR;

  /** The spelling in {@code evalpress.yaml}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
