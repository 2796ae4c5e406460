package dev.evalpress.analyse;

import dev.evalpress.analyse.stats.Interval;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.ScoreBounds;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A point estimate with what stands behind it: the measurement it came from; for a rate, its counts
 * {@code k} of {@code n} and interval; for a score, its mean, n and normal interval; for a bare
 * number, no interval. Made by an {@link Estimator}, which fixes the interval method and level.
 * {@code clippedTo} holds the bounds of a score when its interval reached beyond them and was
 * clipped to them (pages say so).
 */
public record Estimate(
    Measurement measurement,
    double value,
    Optional<Interval> interval,
    OptionalLong k,
    OptionalLong n,
    Optional<ScoreBounds> clippedTo) {

  /** An estimate whose interval was not clipped. */
  public Estimate(
      Measurement measurement,
      double value,
      Optional<Interval> interval,
      OptionalLong k,
      OptionalLong n) {
    this(measurement, value, interval, k, n, Optional.empty());
  }

  /** True for a rate k/n, shown as a percentage. */
  public boolean isRate() {
    return k.isPresent();
  }
}
