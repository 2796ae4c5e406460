package dev.evalpress.load;

import dev.evalpress.model.Counts;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.Score;
import java.util.List;
import java.util.Optional;

/**
 * Several runs' measurements of one eval on one model and condition, pooled into one: counts are
 * added (k₁ + k₂ of n₁ + n₂); scores are averaged weighted by their n, with the standard error of a
 * weighted mean of independent estimates, √(Σ nᵢ² seᵢ²) / Σ nᵢ. Empty when the kinds differ or a
 * score has no n.
 */
final class PooledMeasurement {

  private PooledMeasurement() {}

  static Optional<Measurement> of(List<Measurement> parts) {
    if (parts.stream().allMatch(m -> m instanceof Counts)) {
      long k = 0;
      long n = 0;
      for (Measurement m : parts) {
        k += ((Counts) m).k();
        n += ((Counts) m).n();
      }
      return n > Counts.MAX_N ? Optional.empty() : Optional.of(new Counts(k, n));
    }
    if (parts.stream().allMatch(m -> m instanceof Score s && s.n() > 0)) {
      double n = 0;
      double sum = 0;
      double variance = 0;
      for (Measurement m : parts) {
        Score s = (Score) m;
        n += s.n();
        sum += s.n() * s.mean();
        variance += (double) s.n() * s.n() * s.stderr() * s.stderr();
      }
      return Optional.of(new Score(sum / n, Math.sqrt(variance) / n, (long) n));
    }
    return Optional.empty();
  }
}
