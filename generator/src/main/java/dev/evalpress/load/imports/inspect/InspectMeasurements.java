package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.inspect.InspectSampleValues.Tally;
import dev.evalpress.load.imports.inspect.InspectScorers.Scorer;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.Score;
import dev.evalpress.model.ScoreBounds;
import java.util.List;
import java.util.Optional;

/**
 * What one entry of {@code results.scores} measured, always in Inspect's own numbers:
 *
 * <ul>
 *   <li><b>Counts</b> k of n when every sample, reduced over epochs, is correct or incorrect
 *       ({@link InspectSampleValues}) and k / n equals the log's metric (within 1e-9);
 *   <li>else a <b>score</b>: the metric's value, the {@code stderr} metric's value, n from {@link
 *       InspectSampleCounts#ofScore}. When every sample's value lies in [0, 1] (1/0, C/I/P/N,
 *       true/false, fractions such as the mean over epochs) the score is bounded by [0, 1], so its
 *       interval never leaves it.
 * </ul>
 *
 * An entry that is neither (no stderr, or one that is not a finite number: {@code "N/A"}, NaN,
 * null) is named in {@code skipped}; a value out of range is a problem.
 */
final class InspectMeasurements {

  /** Largest k/n difference from the log's metric still taken as equal (floating-point noise). */
  private static final double SAME = 1e-9;

  private InspectMeasurements() {}

  /**
   * Counts when the entry is binary and agrees with the log, else a score; null (reported) when
   * neither.
   */
  static Measurement measure(
      JsonNode log,
      InspectSamples samples,
      JsonObject eval,
      JsonObject results,
      Scorer s,
      List<String> skipped) {
    Double value = finite(s.metric().raw("value"));
    Optional<Tally> tally = InspectSampleValues.binaryCounts(log, samples, s.entry(), s.first());
    if (tally.isPresent()
        && value != null
        && Math.abs((double) tally.get().k() / tally.get().n() - value) <= SAME) {
      return new Counts(tally.get().k(), tally.get().n());
    }
    Double mean = s.metric().number("value");
    Double stderr = stderr(s, skipped);
    if (mean == null || stderr == null) {
      return null;
    }
    for (String key : List.of(s.metricKey(), "stderr")) {
      double v = key.equals("stderr") ? stderr : mean;
      if (Math.abs(v) > Score.MAX_MAGNITUDE) {
        JsonObject metric = s.metrics().nested(key);
        metric.fail(
            "value",
            metric.pointerOf("value") + ": expected a value between -1e15 and 1e15, got " + v);
        return null;
      }
    }
    Long n = InspectSampleCounts.ofScore(log, eval, results, s);
    if (n == null) {
      return null;
    }
    Optional<ScoreBounds> bounds =
        InspectSampleValues.allWithinUnit(log, samples, s.entry(), s.first())
                && ScoreBounds.UNIT.contains(mean)
            ? Optional.of(ScoreBounds.UNIT)
            : Optional.empty();
    return new Score(mean, stderr, n, bounds);
  }

  /**
   * The entry's finite, non-negative {@code stderr} metric, or null, named in {@code skipped} or
   * reported.
   */
  private static Double stderr(Scorer s, List<String> skipped) {
    if (!s.metrics().has("stderr")) {
      skipped.add(
          "scorer \""
              + s.label()
              + "\" (its samples are not all 0/1 or C/I, so it needs a \"stderr\""
              + " metric as a score, and has none)");
      return null;
    }
    Optional<JsonObject> metric = s.metrics().object("stderr");
    if (metric.isEmpty()) {
      return null;
    }
    JsonNode v = metric.get().raw("value");
    Double stderr = finite(v);
    if (stderr == null) {
      skipped.add(
          "scorer \""
              + s.label()
              + "\" (its samples are not all 0/1 or C/I, so it needs a numeric"
              + " \"stderr\" as a score, got "
              + JsonObject.describe(v)
              + ")");
      return null;
    }
    if (stderr < 0) {
      metric
          .get()
          .fail(
              "value",
              metric.get().pointerOf("value")
                  + ": expected a standard error >= 0 for scorer \""
                  + s.label()
                  + "\", got "
                  + stderr);
      return null;
    }
    return stderr;
  }

  /** A finite number, or null for anything else (text such as "N/A", NaN, null, absent). */
  private static Double finite(JsonNode v) {
    return v != null && v.isNumber() && Double.isFinite(v.doubleValue()) ? v.doubleValue() : null;
  }
}
