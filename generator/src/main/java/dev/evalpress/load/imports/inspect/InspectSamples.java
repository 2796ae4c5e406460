package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.inspect.InspectSampleValues.Entry;
import dev.evalpress.load.imports.inspect.InspectSampleValues.Outcome;
import dev.evalpress.load.imports.inspect.InspectSampleValues.Tally;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link InspectSampleValues} needs of a log's top-level {@code samples}, for every imported
 * entry at once, in one pass over them: whether each entry's samples, reduced by the mean over
 * epochs, are binary (and k of n), and whether its values all lie in [0, 1]. The samples are those
 * of the tree (a {@code .eval} log's summaries), or, when the parse left them out of it ({@link
 * LocatedJson#skipped()}), streamed from the file one at a time, their ids and scores only: a JSON
 * log's samples hold nearly all its bytes, and may not fit in memory. The pass is made only when an
 * entry has no reductions to read instead. Not thread-safe; one per log read.
 */
final class InspectSamples {

  /** The fields of a sample read here: everything else (input, messages, output) is passed over. */
  private static final Set<String> READ_FIELDS = Set.of("id", "scores", "score");

  /** An entry as samples are read for it: old logs give the first entry an unnamed score. */
  private record Key(Entry entry, boolean firstEntry) {}

  /** The running summary of one entry's samples. */
  private static final class Summary {
    /** Reduced outcomes by sample id (as text), until the entry is known not to be binary. */
    Map<String, Outcome> groups = new LinkedHashMap<>();

    boolean anyValue;
    boolean allWithinUnit = true;
  }

  private final LocatedJson doc;
  private final Problems problems;
  private final Map<Key, Summary> summaries = new LinkedHashMap<>();
  private boolean scanned;
  private boolean present;

  /** A sample that is not an object or has no id: no entry can be reduced here. */
  private boolean unreducible;

  InspectSamples(LocatedJson doc, List<InspectScorers.Scorer> scorers, Problems problems) {
    this.doc = doc;
    this.problems = problems;
    scorers.forEach(s -> summaries.put(new Key(s.entry(), s.first()), new Summary()));
  }

  /**
   * The counts of the entry reduced with Inspect's default {@code mean} reducer: samples grouped by
   * id (as text), those without a score of this scorer left out (as Inspect leaves them out); a
   * group is correct when all its epochs are, incorrect when none is, and otherwise has a
   * fractional mean, which is not binary. Empty when the log has no samples array, or the entry is
   * not binary.
   */
  Optional<Tally> meanReducedCounts(Entry entry, boolean firstEntry) {
    Summary s = summary(entry, firstEntry);
    if (!present || unreducible || s.groups == null || s.groups.isEmpty()) {
      return Optional.empty();
    }
    long k = s.groups.values().stream().filter(o -> o == Outcome.CORRECT).count();
    return Optional.of(new Tally(k, s.groups.size()));
  }

  /** True when the entry has a value in some sample and every epoch's value lies in [0, 1]. */
  boolean allWithinUnit(Entry entry, boolean firstEntry) {
    Summary s = summary(entry, firstEntry);
    return present && s.anyValue && s.allWithinUnit;
  }

  private Summary summary(Entry entry, boolean firstEntry) {
    if (!scanned) {
      scanned = true;
      scan();
    }
    Summary s = summaries.get(new Key(entry, firstEntry));
    if (s == null) {
      throw new IllegalArgumentException("not an entry of this log: " + entry);
    }
    return s;
  }

  private void scan() {
    Optional<LocatedJson.Skipped> skipped = doc.skipped();
    if (skipped.isPresent()) {
      present = true;
      try {
        skipped.get().forEach(READ_FIELDS, this::add);
      } catch (IOException e) {
        // the parse has read the file whole; it changed or broke since
        present = false;
        problems.add(Source.file(doc.path()), "cannot read the samples: " + IoFailure.describe(e));
      }
      return;
    }
    JsonNode samples = doc.root().get("samples");
    present = samples != null && samples.isArray();
    if (present) {
      samples.forEach(this::add);
    }
  }

  private void add(JsonNode sample) {
    if (!sample.isObject() || !(isText(sample.get("id")) || isInteger(sample.get("id")))) {
      unreducible = true;
    }
    summaries.forEach((key, summary) -> add(sample, key, summary));
  }

  private static void add(JsonNode sample, Key key, Summary summary) {
    JsonNode score =
        sample.isObject()
            ? InspectSampleValues.scoreOf(sample, key.entry(), key.firstEntry())
            : null;
    if (score == null) {
      return;
    }
    JsonNode value = score.isObject() ? score.get("value") : null;
    summary.anyValue = true;
    summary.allWithinUnit &=
        InspectSampleValues.withinUnit(
            value == null ? null : InspectSampleValues.valueOf(value, key.entry()));
    if (summary.groups == null || !isText(sample.get("id")) && !isInteger(sample.get("id"))) {
      return;
    }
    Outcome o = score.isObject() ? InspectSampleValues.outcome(value, key.entry()) : Outcome.OTHER;
    Outcome before =
        o == Outcome.OTHER ? null : summary.groups.putIfAbsent(sample.get("id").asText(), o);
    if (o == Outcome.OTHER || before != null && before != o) {
      summary.groups = null; // not binary: nothing more to count
    }
  }

  private static boolean isText(JsonNode node) {
    return node != null && node.isTextual();
  }

  private static boolean isInteger(JsonNode node) {
    return node != null && node.isIntegralNumber();
  }
}
