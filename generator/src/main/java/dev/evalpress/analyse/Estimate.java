package dev.evalpress.analyse;

import dev.evalpress.analyse.stats.WilsonInterval;
import dev.evalpress.analyse.stats.NormalInterval;
import dev.evalpress.analyse.stats.Interval;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.Scalar;
import dev.evalpress.model.Score;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A point estimate with what stands behind it: for a rate, its counts {@code k} of {@code n} and Wilson
 * interval; for a score, its mean, n and normal interval; for a bare number, no interval.
 */
public record Estimate(double value, Optional<Interval> interval, OptionalLong k, OptionalLong n) {

  /** True for a rate k/n, shown as a percentage. */
  public boolean isRate() {
    return k.isPresent();
  }

  public static Estimate of(Measurement m) {
    if (m instanceof Counts c) {
      return new Estimate(c.rate(), Optional.of(WilsonInterval.of95(c.k(), c.n())), OptionalLong.of(c.k()),
          OptionalLong.of(c.n()));
    }
    if (m instanceof Score s) {
      return new Estimate(s.mean(), Optional.of(NormalInterval.of95(s.mean(), s.stderr())), OptionalLong.empty(),
          OptionalLong.of(s.n()));
    }
    return new Estimate(((Scalar) m).value(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty());
  }

  /**
   * The pooled estimate over several conditions: Σk/Σn for counts; for scores the n-weighted mean with
   * standard error √(Σ nᵢ² seᵢ²) / Σ nᵢ (independent conditions). All measurements must be of one kind.
   */
  public static Estimate pooled(List<? extends Measurement> measurements) {
    if (measurements.isEmpty()) {
      throw new IllegalArgumentException("nothing to pool");
    }
    if (measurements.size() == 1) {
      return of(measurements.get(0));
    }
    if (measurements.get(0) instanceof Counts) {
      long k = 0;
      long n = 0;
      for (Measurement m : measurements) {
        k += ((Counts) m).k();
        n += ((Counts) m).n();
      }
      return of(new Counts(k, n));
    }
    double weighted = 0;
    double variance = 0;
    long n = 0;
    for (Measurement m : measurements) {
      Score s = (Score) m;
      weighted += s.n() * s.mean();
      variance += (double) s.n() * s.n() * s.stderr() * s.stderr();
      n += s.n();
    }
    return of(new Score(weighted / n, Math.sqrt(variance) / n, n));
  }
}
