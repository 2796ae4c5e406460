package dev.evalpress.analyse;

import dev.evalpress.analyse.stats.Interval;
import dev.evalpress.analyse.stats.NormalInterval;
import dev.evalpress.analyse.stats.RateInterval;
import dev.evalpress.analyse.stats.RateIntervalMethod;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.Scalar;
import dev.evalpress.model.Score;
import dev.evalpress.model.ScoreBounds;
import dev.evalpress.model.StatisticsSettings;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns measurements into estimates with the site's interval method and level: rates get a Wilson
 * or Clopper–Pearson interval, scores a normal interval, clipped to the score's bounds when it has
 * them (a proportion's normal interval can reach below 0 or above 1 for small n). Immutable and
 * thread-safe.
 */
public final class Estimator {

  /** Wilson intervals at 95%. */
  public static final Estimator DEFAULT = new Estimator(StatisticsSettings.DEFAULT);

  private final RateIntervalMethod method;
  private final double level;

  public Estimator(StatisticsSettings settings) {
    this.method =
        RateIntervalMethod.parse(settings.interval())
            .orElseThrow(
                () ->
                    new IllegalArgumentException("unknown interval method " + settings.interval()));
    this.level = settings.level();
  }

  public double level() {
    return level;
  }

  public Estimate estimate(Measurement m) {
    if (m instanceof Counts c) {
      return new Estimate(
          c,
          c.rate(),
          Optional.of(RateInterval.of(method, c.k(), c.n(), level)),
          OptionalLong.of(c.k()),
          OptionalLong.of(c.n()));
    }
    if (m instanceof Score s) {
      Interval normal = NormalInterval.of(s.mean(), s.stderr(), level);
      Interval interval =
          s.bounds().map(b -> normal.clippedTo(b.lower(), b.upper())).orElse(normal);
      Optional<ScoreBounds> clipped = interval.equals(normal) ? Optional.empty() : s.bounds();
      return new Estimate(
          s,
          s.mean(),
          Optional.of(interval),
          OptionalLong.empty(),
          OptionalLong.of(s.n()),
          clipped);
    }
    return new Estimate(
        m, ((Scalar) m).value(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty());
  }

  /**
   * The pooled estimate over several conditions: Σk/Σn for counts; for scores the n-weighted mean
   * with standard error √(Σ nᵢ² seᵢ²) / Σ nᵢ (independent conditions). All measurements must be of
   * one kind.
   */
  public Estimate pooled(List<? extends Measurement> measurements) {
    if (measurements.isEmpty()) {
      throw new IllegalArgumentException("nothing to pool");
    }
    if (measurements.size() == 1) {
      return estimate(measurements.get(0));
    }
    if (measurements.get(0) instanceof Counts) {
      long k = 0;
      long n = 0;
      for (Measurement m : measurements) {
        k += ((Counts) m).k();
        n += ((Counts) m).n();
      }
      return estimate(new Counts(k, n));
    }
    double weighted = 0;
    double variance = 0;
    long n = 0;
    // a weighted mean of bounded scores stays within the span of their bounds; one unbounded score
    // unbounds it
    Optional<ScoreBounds> bounds = ((Score) measurements.get(0)).bounds();
    for (Measurement m : measurements) {
      Score s = (Score) m;
      weighted += s.n() * s.mean();
      variance += (double) s.n() * s.n() * s.stderr() * s.stderr();
      n += s.n();
      bounds =
          bounds.isPresent() && s.bounds().isPresent()
              ? Optional.of(bounds.get().span(s.bounds().get()))
              : Optional.empty();
    }
    double mean = weighted / n;
    if (bounds.isPresent()) {
      // floating-point rounding may put the weighted mean a hair outside bounds that hold every
      // score
      mean = Math.min(Math.max(mean, bounds.get().lower()), bounds.get().upper());
    }
    return estimate(new Score(mean, Math.sqrt(variance) / n, n, bounds));
  }
}
