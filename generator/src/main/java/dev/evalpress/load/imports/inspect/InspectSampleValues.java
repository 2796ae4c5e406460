package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-sample side of an Inspect log: decides whether one entry of {@code results.scores} is
 * binary (every sample, reduced over epochs, is correct or incorrect) and if so counts the correct
 * ones. The summary metrics of the log stay authoritative: anything unexpected here (a value of
 * another type, a missing id) only means "not binary", never a problem, and the caller still checks
 * the counts against the log's own metric. The samples themselves are read by {@link
 * InspectSamples}, once for all entries; the reductions are in the log.
 */
final class InspectSampleValues {

  /**
   * What one value says: correct, incorrect, or anything else (partial, a fraction, NaN, text, a
   * list).
   */
  enum Outcome {
    CORRECT,
    INCORRECT,
    OTHER
  }

  /** {@code k} samples of {@code n} correct, or how many reduced samples a scorer has. */
  record Tally(long k, long n) {}

  /** The identity of one {@code results.scores} entry. */
  record Entry(String name, String scorer, String reducer) {}

  private InspectSampleValues() {}

  /**
   * The counts of a binary entry, from the log's reductions when they hold this entry, else from
   * its samples reduced with Inspect's default {@code mean} reducer ({@link
   * InspectSamples#meanReducedCounts}); empty when the entry is not binary or cannot be reduced
   * here (another reducer over several epochs, no samples).
   */
  static Optional<Tally> binaryCounts(
      JsonNode log, InspectSamples samples, Entry entry, boolean firstEntry) {
    Optional<JsonNode> reduction = reduction(log, entry);
    if (reduction.isPresent()) {
      return countReduced(reduction.get().get("samples"), entry);
    }
    return meanReducer(log, entry)
        ? samples.meanReducedCounts(entry, firstEntry)
        : Optional.empty();
  }

  /**
   * True when the entry's per-sample values are all within [0, 1]: its reductions when the log has
   * them, else every epoch's value in its samples (a mean of such values stays within [0, 1] too).
   * Numbers from 0 to 1, {@code true}/{@code false} and Inspect's {@code "C"}, {@code "I"}, {@code
   * "P"}, {@code "N"} (1, 0, 0.5, 0) count; anything else, or no value at all, is false.
   */
  static boolean allWithinUnit(
      JsonNode log, InspectSamples samples, Entry entry, boolean firstEntry) {
    Optional<JsonNode> reduction = reduction(log, entry);
    if (reduction.isEmpty()) {
      return samples.allWithinUnit(entry, firstEntry);
    }
    List<JsonNode> values = new ArrayList<>();
    reduction
        .get()
        .get("samples")
        .forEach(s -> values.add(s.isObject() ? valueOf(s.get("value"), entry) : null));
    return !values.isEmpty() && values.stream().allMatch(InspectSampleValues::withinUnit);
  }

  static boolean withinUnit(JsonNode v) {
    if (v == null) {
      return false;
    }
    if (v.isNumber()) {
      return v.doubleValue() >= 0 && v.doubleValue() <= 1;
    }
    return v.isBoolean() || v.isTextual() && List.of("C", "I", "P", "N").contains(v.textValue());
  }

  /** How many reduced samples the log's reductions hold for this entry, if it has them. */
  static Optional<Long> reducedSampleCount(JsonNode log, Entry entry) {
    return reduction(log, entry).map(r -> (long) r.get("samples").size());
  }

  /**
   * The reductions of this entry's scorer and reducer: top-level {@code reductions} (newer logs),
   * else {@code results.sample_reductions} (older logs).
   */
  private static Optional<JsonNode> reduction(JsonNode log, Entry entry) {
    JsonNode all = log.get("reductions");
    if (all == null || !all.isArray()) {
      JsonNode results = log.get("results");
      all = results == null ? null : results.get("sample_reductions");
    }
    if (all == null || !all.isArray()) {
      return Optional.empty();
    }
    List<JsonNode> ofScorer = new ArrayList<>();
    for (JsonNode r : all) {
      if (r.isObject()
          && textOf(r.get("scorer")).equals(Optional.of(entry.scorer()))
          && r.has("samples")
          && r.get("samples").isArray()) {
        ofScorer.add(r);
      }
    }
    List<JsonNode> matching =
        ofScorer.stream()
            .filter(r -> textOf(r.get("reducer")).equals(Optional.ofNullable(entry.reducer())))
            .toList();
    if (matching.size() == 1) {
      return Optional.of(matching.get(0));
    }
    // a scorer with a single reduction, named on one side only: that one
    boolean oneUnnamed =
        ofScorer.size() == 1
            && (entry.reducer() == null || textOf(ofScorer.get(0).get("reducer")).isEmpty());
    return matching.isEmpty() && oneUnnamed ? Optional.of(ofScorer.get(0)) : Optional.empty();
  }

  private static Optional<Tally> countReduced(JsonNode samples, Entry entry) {
    long k = 0;
    for (JsonNode s : samples) {
      Outcome o = s.isObject() ? outcome(s.get("value"), entry) : Outcome.OTHER;
      if (o == Outcome.OTHER) {
        return Optional.empty();
      }
      k += o == Outcome.CORRECT ? 1 : 0;
    }
    return samples.isEmpty() ? Optional.empty() : Optional.of(new Tally(k, samples.size()));
  }

  /**
   * The score of this entry's scorer in a sample; old logs have one unnamed {@code score} for the
   * first.
   */
  static JsonNode scoreOf(JsonNode sample, Entry entry, boolean firstEntry) {
    JsonNode scores = sample.get("scores");
    if (scores != null && scores.isObject()) {
      return scores.get(entry.scorer());
    }
    JsonNode single = sample.get("score");
    return firstEntry && (scores == null || scores.isNull()) && single != null && single.isObject()
        ? single
        : null;
  }

  /**
   * True when the samples were reduced with {@code mean}: named so, or no reducer named anywhere.
   */
  static boolean meanReducer(JsonNode log, Entry entry) {
    if (entry.reducer() != null) {
      return entry.reducer().equals("mean");
    }
    JsonNode eval = log.get("eval");
    JsonNode config = eval == null ? null : eval.get("config");
    JsonNode reducers = config == null ? null : config.get("epochs_reducer");
    if (reducers == null || reducers.isNull()) {
      return true;
    }
    return reducers.isArray() && reducers.size() == 1 && "mean".equals(reducers.get(0).asText());
  }

  /**
   * What a value says: 1, {@code true} and {@code "C"} are correct; 0, {@code false} and {@code
   * "I"} are incorrect; anything else (such as {@code "P"}, {@code "N"}, 0.5, NaN) is not binary. A
   * score whose value is a dictionary (a scorer with a metric per key) is read at the entry's name.
   */
  static Outcome outcome(JsonNode value, Entry entry) {
    JsonNode v = valueOf(value, entry);
    if (v == null) {
      return Outcome.OTHER;
    }
    if (v.isNumber()) {
      double d = v.doubleValue();
      return d == 1 ? Outcome.CORRECT : d == 0 ? Outcome.INCORRECT : Outcome.OTHER;
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? Outcome.CORRECT : Outcome.INCORRECT;
    }
    if (v.isTextual()) {
      return switch (v.textValue()) {
        case "C" -> Outcome.CORRECT;
        case "I" -> Outcome.INCORRECT;
        default -> Outcome.OTHER;
      };
    }
    return Outcome.OTHER;
  }

  /**
   * A score's value for this entry: the value, or its entry at the entry's name for a dictionary
   * value.
   */
  static JsonNode valueOf(JsonNode value, Entry entry) {
    return value != null && value.isObject() && !entry.name().equals(entry.scorer())
        ? value.get(entry.name())
        : value;
  }

  private static Optional<String> textOf(JsonNode node) {
    return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
  }
}
