package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.inspect.InspectScorers.Scorer;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.Score;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How many samples stand behind an Inspect result, and how many records its samples must give.
 * Inspect computes its metrics over samples reduced across epochs, while {@code total_samples} and
 * {@code completed_samples} count sample × epoch: a score's n is the number of reduced samples, and
 * a log of E epochs gives n × E records.
 */
final class InspectSampleCounts {

  private InspectSampleCounts() {}

  /** {@code eval.config.epochs} when it is an integer > 1, else 1. */
  static long epochs(JsonObject eval) {
    JsonNode epochs = eval.raw("config") == null ? null : eval.raw("config").get("epochs");
    return epochs != null && epochs.isIntegralNumber() && epochs.asLong() > 1 ? epochs.asLong() : 1;
  }

  /**
   * {@code "3 of 4 samples completed; "} from {@code results}, or empty when the log does not say.
   */
  static String completed(JsonNode log) {
    JsonNode results = log.path("results");
    return results.has("completed_samples") && results.has("total_samples")
        ? results.get("completed_samples").asText()
            + " of "
            + results.get("total_samples").asText()
            + " samples completed; "
        : "";
  }

  /**
   * The number of samples a score entry's metrics were computed over: its {@code scored_samples},
   * else the size of its reductions, else completed (or total) samples divided by the number of
   * epochs; null once a problem is reported.
   */
  static Long ofScore(JsonNode log, JsonObject eval, JsonObject results, Scorer s) {
    Long n;
    String field;
    JsonObject where;
    Optional<Long> reduced =
        InspectSampleValues.reducedSampleCount(log, s.entry()).filter(c -> c > 0);
    if (s.item().has("scored_samples")) {
      n = s.item().integer("scored_samples", 1);
      where = s.item();
      field = "scored_samples";
    } else if (reduced.isPresent()) {
      return reduced.get();
    } else {
      field = results.has("completed_samples") ? "completed_samples" : "total_samples";
      if (!results.has(field)) {
        results.fail(
            null,
            "missing field \"completed_samples\" in "
                + results.pointer()
                + ": expected the number of samples of scorer \""
                + s.label()
                + "\"");
        return null;
      }
      where = results;
      n = results.integer(field, 1);
      Long epochs =
          eval.object("config")
              .filter(c -> c.has("epochs"))
              .map(c -> c.integer("epochs", 1))
              .orElse(1L);
      if (n == null || epochs == null) {
        return null;
      }
      if (n % epochs != 0) {
        results.fail(
            field,
            results.pointerOf(field)
                + ": expected a multiple of the "
                + epochs
                + " epochs of eval.config.epochs, got "
                + n);
        return null;
      }
      n = n / epochs;
    }
    if (n != null && n > Counts.MAX_N) {
      where.fail(
          field,
          where.pointerOf(field) + ": expected a sample size <= " + Counts.MAX_N + ", got " + n);
      return null;
    }
    return n;
  }

  /**
   * What the records of one imported entry must add up to: n × epochs records, and for counts
   * reduced by the mean, k × epochs correct ones (reduced to correct or incorrect by the mean, a
   * sample has that value in every epoch).
   */
  static InspectSampleLog.Expected expected(JsonNode log, Scorer s, Measurement m, long epochs) {
    long n = m instanceof Counts c ? c.n() : ((Score) m).n();
    String samples =
        epochs == 1
            ? n + " samples"
            : n + " samples × " + epochs + " epochs (" + n * epochs + " records)";
    if (m instanceof Counts c && (epochs == 1 || InspectSampleValues.meanReducer(log, s.entry()))) {
      return new InspectSampleLog.Expected(
          s.evalId(),
          n * epochs,
          OptionalLong.of(c.k() * epochs),
          samples + ", " + c.k() + " correct" + (epochs == 1 ? "" : " in every epoch"));
    }
    return new InspectSampleLog.Expected(s.evalId(), n * epochs, OptionalLong.empty(), samples);
  }
}
