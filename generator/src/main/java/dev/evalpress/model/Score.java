package dev.evalpress.model;

import java.util.Optional;

/**
 * A mean score over {@code n} samples with its standard error, and the bounds its values cannot
 * leave when the source states them (an imported accuracy: [0, 1]); v1 files state none.
 */
public record Score(double mean, double stderr, long n, Optional<ScoreBounds> bounds)
    implements Measurement {

  /**
   * The largest magnitude input may give a score or bare number: beyond it statistics lose all
   * precision.
   */
  public static final double MAX_MAGNITUDE = 1e15;

  public Score {
    if (bounds.isPresent() && !bounds.get().contains(mean)) {
      throw new IllegalArgumentException("mean " + mean + " outside its bounds " + bounds.get());
    }
  }

  /** A score without known bounds. */
  public Score(double mean, double stderr, long n) {
    this(mean, stderr, n, Optional.empty());
  }
}
