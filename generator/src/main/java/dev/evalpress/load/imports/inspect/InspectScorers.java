package dev.evalpress.load.imports.inspect;

import dev.evalpress.load.imports.inspect.InspectSampleValues.Entry;
import dev.evalpress.load.internal.Ids;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Category;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entries of an Inspect log's {@code results.scores} (one per scorer, per scorer × reducer, or
 * per key of a scorer with a dictionary of metrics), each with the metric imported from it, its
 * label and its eval:
 *
 * <ul>
 *   <li><b>Label</b>: the entry's {@code name}, with {@code -reducer} when two entries share a
 *       name.
 *   <li><b>Eval id</b>: the task's id; with several entries, one more segment from the label
 *       ({@link InspectEvalIds#scorerSegment}), {@code -2}, {@code -3}… when two labels still
 *       normalise alike. The title is the task name, with {@code " — "} and the label when there
 *       are several.
 *   <li><b>Metric</b>: {@code accuracy}; without it {@code mean}; without that the first metric
 *       that is not a spread ({@code stderr}, {@code std}, {@code var}). An entry with none is left
 *       out, with the reason.
 * </ul>
 *
 * Malformed entries (no {@code name}, {@code metrics} not an object) are problems; entries that are
 * well formed but have nothing to import are named in {@code skipped}.
 */
final class InspectScorers {

  private static final Set<String> SPREAD_METRICS = Set.of("stderr", "std", "var");

  /** One readable entry of {@code results.scores}, at position {@code index}. */
  record Scorer(
      int index,
      JsonObject item,
      Entry entry,
      JsonObject metrics,
      String metricKey,
      JsonObject metric,
      String label,
      String evalId,
      String title) {

    /**
     * The eval this entry is imported as: every Inspect eval is a higher-is-better capability eval.
     */
    EvalDefinition definition() {
      return new EvalDefinition(
          evalId, title, metricKey, Category.CAPABILITY, Direction.HIGHER_IS_BETTER, item.place());
    }

    /** Old logs give samples one unnamed {@code score}, which belongs to the first entry. */
    boolean first() {
      return index == 0;
    }
  }

  private InspectScorers() {}

  /**
   * The readable entries of {@code results.scores} (an array), with their labels and eval ids under
   * the task's {@code evalId}; malformed ones are reported, those without a metric are named in
   * {@code skipped}.
   */
  static List<Scorer> read(JsonObject results, String evalId, String task, List<String> skipped) {
    List<JsonObject> items = results.requireObjects("scores");
    boolean several = results.raw("scores").size() > 1;
    List<Entry> entries = new ArrayList<>();
    List<JsonObject> metricsOf = new ArrayList<>();
    List<JsonObject> kept = new ArrayList<>();
    for (JsonObject item : items) {
      String name = item.requireText("name");
      Optional<String> scorer = item.text("scorer");
      Optional<String> reducer = item.text("reducer");
      JsonObject metrics = item.requireObject("metrics");
      if (name != null && metrics != null) {
        entries.add(new Entry(name, scorer.orElse(name), reducer.orElse(null)));
        metricsOf.add(metrics);
        kept.add(item);
      }
    }
    List<String> labels = labels(entries);
    List<Scorer> scorers = new ArrayList<>();
    Set<String> segments = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonObject item = kept.get(i);
      JsonObject metrics = metricsOf.get(i);
      String label = labels.get(i);
      String metricKey = primaryMetric(metrics);
      if (metricKey == null) {
        skipped.add(
            "scorer \""
                + label
                + "\" (it has no metric to import, such as \"accuracy\" or \"mean\")");
        continue;
      }
      Optional<JsonObject> metric = metrics.object(metricKey);
      if (metric.isEmpty()) {
        continue;
      }
      String id = evalId;
      String title = task;
      if (several) {
        String base = InspectEvalIds.scorerSegment(label);
        String segment = base;
        for (int n = 2; !segments.add(segment); n++) {
          segment = base + "-" + n;
        }
        id = evalId + "/" + segment;
        title = task + " — " + label;
        if (!Ids.isNested(id)) {
          item.fail(
              "name",
              item.pointerOf("name")
                  + ": expected a scorer name that gives an eval id of "
                  + Ids.NESTED_RULE
                  + ", got \""
                  + entries.get(i).name()
                  + "\" (eval id \""
                  + id
                  + "\")");
          continue;
        }
      }
      int index = Integer.parseInt(item.pointer().substring(item.pointer().lastIndexOf('/') + 1));
      scorers.add(
          new Scorer(
              index, item, entries.get(i), metrics, metricKey, metric.get(), label, id, title));
    }
    return scorers;
  }

  /** Each entry's name, with its reducer appended when another entry has the same name. */
  private static List<String> labels(List<Entry> entries) {
    Map<String, Integer> names = new HashMap<>();
    entries.forEach(e -> names.merge(e.name(), 1, Integer::sum));
    return entries.stream()
        .map(
            e ->
                names.get(e.name()) > 1 && e.reducer() != null
                    ? e.name() + "-" + e.reducer()
                    : e.name())
        .toList();
  }

  /**
   * {@code accuracy}, else {@code mean}, else the first metric that is not a spread; null when
   * none.
   */
  private static String primaryMetric(JsonObject metrics) {
    List<String> keys = metrics.fieldNames();
    if (keys.contains("accuracy")) {
      return "accuracy";
    }
    if (keys.contains("mean")) {
      return "mean";
    }
    return keys.stream().filter(k -> !SPREAD_METRICS.contains(k)).findFirst().orElse(null);
  }
}
