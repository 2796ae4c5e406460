package dev.evalpress.load.imports.lmeval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Counts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sample size n of each metric of a results file, by the rules of {@link
 * LmEvalHarnessImporter}: recorded ({@code n-samples}, {@code samples}, a group's subtasks),
 * derived exactly from the metric's own 0/1 mean and standard error, taken from the task's other
 * 0/1 metrics, or from a task the harness ran on the same documents.
 */
final class SampleSizes {

  private final JsonNode root;
  private final JsonNode results;
  private final FileProblems problems;
  private final Map<String, Optional<SampleCount>> recorded = new HashMap<>();

  SampleSizes(JsonNode root, FileProblems problems) {
    this.root = root;
    this.results = root.get("results");
    this.problems = problems;
  }

  /**
   * n of {@code metric} of {@code task}, whose numeric metrics are {@code all}; empty when nothing
   * gives it.
   */
  Optional<SampleCount> of(String task, MetricValue metric, List<MetricValue> all) {
    return recorded(task, new HashSet<>())
        .or(() -> derived(metric))
        .or(() -> agreedDerived(all).map(SampleCount::forAnother))
        .or(() -> sameDocuments(task));
  }

  // ---- recorded counts (rules 1 to 3) ----

  private Optional<SampleCount> recorded(String task, Set<String> visiting) {
    Optional<SampleCount> known = recorded.get(task);
    if (known != null) {
      return known;
    }
    if (!visiting.add(task)) {
      return Optional.empty();
    }
    Optional<SampleCount> c =
        nSamples(task).or(() -> samplesEntry(task)).or(() -> group(task, visiting));
    recorded.put(task, c);
    return c;
  }

  private Optional<SampleCount> nSamples(String task) {
    JsonNode all = root.get("n-samples");
    if (all == null || all.isNull()) {
      return Optional.empty();
    }
    if (!all.isObject()) {
      problems.once(
          "/n-samples",
          "/n-samples: expected an object of task → {\"original\", \"effective\"}, got "
              + JsonObject.describe(all));
      return Optional.empty();
    }
    JsonNode entry = all.get(task);
    if (entry == null || entry.isNull()) {
      return Optional.empty();
    }
    String p = "/n-samples/" + FileProblems.escape(task);
    if (!entry.isObject()) {
      problems.once(
          p,
          p
              + ": expected an object with \"original\" and \"effective\" sample counts, got "
              + JsonObject.describe(entry));
      return Optional.empty();
    }
    JsonNode effective = entry.get("effective");
    if (effective == null || effective.isNull()) {
      problems.once(
          p, p + ": missing field \"effective\": expected the number of samples evaluated");
      return Optional.empty();
    }
    if (!effective.isIntegralNumber()
        || !effective.canConvertToLong()
        || effective.longValue() < 0
        || effective.longValue() > Counts.MAX_N) {
      problems.once(
          p + "/effective",
          p
              + "/effective: expected a sample count between 0 and "
              + Counts.MAX_N
              + ", got "
              + JsonObject.describe(effective));
      return Optional.empty();
    }
    long n = effective.longValue();
    if (n == 0) {
      return Optional.empty();
    }
    JsonNode original = entry.get("original");
    if (original != null
        && original.isIntegralNumber()
        && original.canConvertToLong()
        && original.longValue() > n) {
      return Optional.of(
          new SampleCount(
              n,
              "n = "
                  + n
                  + " of the task's "
                  + original.longValue()
                  + " samples (n-samples; the run had a limit).",
              false));
    }
    return Optional.of(new SampleCount(n, "n = " + n + " (n-samples, effective).", false));
  }

  /** An integer {@code results.TASK.samples}, written by some v0.4 pre-releases. */
  private Optional<SampleCount> samplesEntry(String task) {
    JsonNode samples = results.path(task).get("samples");
    if (samples != null
        && samples.isIntegralNumber()
        && samples.canConvertToLong()
        && samples.longValue() >= 1
        && samples.longValue() <= Counts.MAX_N) {
      return Optional.of(
          new SampleCount(
              samples.longValue(), "n = " + samples.longValue() + " (the task's samples).", false));
    }
    return Optional.empty();
  }

  /** A group's count: the sum over its subtasks, if every subtask has one. */
  private Optional<SampleCount> group(String task, Set<String> visiting) {
    JsonNode subtasks = root.path("group_subtasks").get(task);
    if (subtasks == null || !subtasks.isArray() || subtasks.isEmpty()) {
      return Optional.empty();
    }
    long n = 0;
    for (JsonNode sub : subtasks) {
      if (!sub.isTextual()) {
        return Optional.empty();
      }
      Optional<SampleCount> c =
          recorded(sub.textValue(), visiting).or(() -> ownMetricsAgree(sub.textValue()));
      if (c.isEmpty()) {
        return Optional.empty();
      }
      n += c.get().n();
      if (n > Counts.MAX_N) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new SampleCount(n, "n = " + n + ", the sum over the group's subtasks.", false));
  }

  // ---- counts from other metrics and tasks ----

  /**
   * n of a task from a task on the same documents: v0.4's {@code configs} give each task's dataset
   * ({@code dataset_path}, {@code dataset_name}) and evaluation split; tasks that share them (such
   * as truthfulqa_mc1 and truthfulqa_mc2) scored the same documents. Taken when those tasks' counts
   * agree.
   */
  private Optional<SampleCount> sameDocuments(String task) {
    Optional<String> documents = documents(task);
    if (documents.isEmpty()) {
      return Optional.empty();
    }
    Set<Long> ns = new TreeSet<>();
    List<String> from = new ArrayList<>();
    for (var it = results.fieldNames(); it.hasNext(); ) {
      String other = it.next();
      if (other.equals(task) || !documents.equals(documents(other))) {
        continue;
      }
      Optional<SampleCount> c = recorded(other, new HashSet<>()).or(() -> ownMetricsAgree(other));
      if (c.isPresent()) {
        ns.add(c.get().n());
        from.add(other);
      }
    }
    if (ns.size() != 1) {
      return Optional.empty();
    }
    long n = ns.iterator().next();
    return Optional.of(
        new SampleCount(
            n,
            "n = "
                + n
                + ", the count of "
                + String.join(", ", from)
                + ", which the harness ran on the same documents (configs: same dataset and split).",
            true));
  }

  /** The dataset, subset and split a task scored, from {@code configs.TASK}, if the file says. */
  private Optional<String> documents(String task) {
    JsonNode config = root.path("configs").get(task);
    if (config == null || !config.isObject() || !config.path("dataset_path").isTextual()) {
      return Optional.empty();
    }
    JsonNode split =
        config.path("test_split").isTextual()
            ? config.get("test_split")
            : config.get("validation_split");
    if (split == null || !split.isTextual()) {
      return Optional.empty();
    }
    return Optional.of(
        config.get("dataset_path").textValue()
            + "\u0000"
            + config.path("dataset_name").asText("")
            + "\u0000"
            + split.textValue());
  }

  /** The n that a task's own 0/1 metrics agree on, for a task that records no count. */
  private Optional<SampleCount> ownMetricsAgree(String task) {
    JsonNode node = results.get(task);
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    List<MetricValue> values = new ArrayList<>();
    node.fields()
        .forEachRemaining(
            e -> {
              MetricKey key = MetricKey.of(e.getKey());
              JsonNode se = node.get(key.stderrKey());
              if (key.isMetric() && e.getValue().isNumber() && se != null && se.isNumber()) {
                values.add(new MetricValue(key, "", e.getValue().doubleValue(), se.doubleValue()));
              }
            });
    return agreedDerived(values);
  }

  /** The n that every derivable 0/1 metric of a task agrees on, if there is one. */
  static Optional<SampleCount> agreedDerived(List<MetricValue> metrics) {
    Optional<SampleCount> agreed = Optional.empty();
    for (MetricValue m : metrics) {
      Optional<SampleCount> c = derived(m);
      if (c.isPresent()) {
        if (agreed.isPresent() && agreed.get().n() != c.get().n()) {
          return Optional.empty();
        }
        if (agreed.isEmpty()) {
          agreed = c;
        }
      }
    }
    return agreed;
  }

  /**
   * n of a 0/1 metric from its mean p and the harness's standard error √(p(1 − p)/(n − 1)), when
   * exact.
   */
  static Optional<SampleCount> derived(MetricValue m) {
    OptionalLong n = derivedN(m.value(), m.stderr());
    return n.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new SampleCount(
                n.getAsLong(),
                "n = "
                    + n.getAsLong()
                    + ", derived from "
                    + m.key().name()
                    + " and its standard error as p(1 − p)/stderr² + 1, exact for a 0/1"
                    + " metric (the file records no sample counts).",
                false));
  }

  /**
   * n = p(1 − p)/se² + 1 when that is an integer n ≥ 2 and p·n is an integer, both to rounding
   * error.
   */
  static OptionalLong derivedN(double p, double se) {
    if (!(p > 0 && p < 1 && se > 0)) {
      return OptionalLong.empty();
    }
    double estimate = p * (1 - p) / (se * se) + 1;
    if (!(estimate >= 2 && estimate <= Counts.MAX_N)) {
      return OptionalLong.empty();
    }
    long n = Math.round(estimate);
    double k = p * n;
    if (Math.abs(estimate - n) > 1e-9 * n || Math.abs(k - Math.rint(k)) > 1e-6) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(n);
  }
}
