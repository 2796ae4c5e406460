package dev.evalpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.internal.Ids;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.MetricDefinition;
import dev.evalpress.model.Scalar;
import dev.evalpress.model.Score;
import dev.evalpress.model.TrainingPoint;
import dev.evalpress.model.TrainingRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Reads a {@code kind: "training-run"} file: one run's metrics over steps. */
final class TrainingRunFileReader {

  private static final Set<String> TOP = Set.of("kind", "version", "run", "metrics", "points");
  private static final Set<String> RUN = Set.of("id", "title", "model", "method", "base");

  private TrainingRunFileReader() {}

  static TrainingRun read(JsonObject file) {
    file.allowOnly(TOP);
    JsonObject run = file.requireObject("run");
    String id = null;
    String title = null;
    Optional<String> model = Optional.empty();
    Optional<String> method = Optional.empty();
    Optional<String> base = Optional.empty();
    if (run != null) {
      run.allowOnly(RUN);
      id = run.requireText("id");
      title = run.requireText("title");
      model = run.text("model");
      method = run.text("method");
      base = run.text("base");
      if (id != null && !Ids.isSimple(id)) {
        run.fail(
            "id",
            run.pointerOf("id")
                + ": expected a run id of "
                + Ids.SIMPLE_RULE
                + ", got \""
                + id
                + "\"");
      }
    }
    JsonObject metricsObject = file.requireObject("metrics");
    Map<String, MetricDefinition> metrics = readMetrics(metricsObject);
    // a metric that is declared but malformed is reported once, at its declaration, not at every
    // point
    Set<String> declared =
        metricsObject == null ? null : new java.util.TreeSet<>(metricsObject.fieldNames());
    List<TrainingPoint> points = readPoints(file, metrics, declared);
    if (file.failed()) {
      return null;
    }
    return new TrainingRun(id, title, model, method, base, metrics, points, run.place());
  }

  private static Map<String, MetricDefinition> readMetrics(JsonObject metrics) {
    Map<String, MetricDefinition> defs = new LinkedHashMap<>();
    if (metrics == null) {
      return defs;
    }
    if (metrics.fieldNames().isEmpty()) {
      metrics.fail(
          null,
          metrics.pointer()
              + ": expected at least one metric, such as"
              + " {\"loss\": {\"direction\": \"lower-is-better\"}}");
    }
    for (String name : metrics.fieldNames()) {
      if (name.equals("step")) {
        metrics.fail(name, metrics.pointerOf(name) + ": \"step\" is reserved for the step number");
        continue;
      }
      metrics
          .object(name)
          .ifPresentOrElse(
              m -> {
                m.allowOnly(Set.of("direction"));
                String d =
                    m.requireOneOf("direction", EvalResultFileReader.DirectionNames.labels());
                if (d != null) {
                  defs.put(
                      name,
                      new MetricDefinition(name, EvalResultFileReader.DirectionNames.parse(d)));
                }
              },
              () -> {
                if (!metrics.has(name)) {
                  metrics.fail(
                      name, metrics.pointerOf(name) + ": expected an object with a \"direction\"");
                }
              });
    }
    return defs;
  }

  private static List<TrainingPoint> readPoints(
      JsonObject file, Map<String, MetricDefinition> metrics, Set<String> declared) {
    List<TrainingPoint> points = new ArrayList<>();
    Set<Long> steps = new HashSet<>();
    List<JsonObject> items = file.requireObjects("points");
    if (file.has("points") && file.raw("points").isArray() && file.raw("points").isEmpty()) {
      file.fail("points", file.pointerOf("points") + ": expected at least one point");
    }
    for (JsonObject p : items) {
      Long step = p.requireLong("step", 0);
      Map<String, Measurement> values = new TreeMap<>();
      for (String name : p.fieldNames()) {
        if (name.equals("step")) {
          continue;
        }
        if (declared != null && !declared.contains(name)) {
          p.fail(
              name,
              p.pointerOf(name)
                  + ": unknown metric \""
                  + name
                  + "\"; declared metrics are "
                  + declared);
          continue;
        }
        if (!metrics.containsKey(name)) {
          continue;
        }
        Measurement m = readValue(p, name);
        if (m != null) {
          values.put(name, m);
        }
      }
      if (step != null && !steps.add(step)) {
        p.fail("step", p.pointerOf("step") + ": step " + step + " appears twice in this run");
      } else if (step != null) {
        points.add(new TrainingPoint(step, new TreeMap<>(values)));
      }
    }
    points.sort(Comparator.comparingLong(TrainingPoint::step));
    checkOneKindPerMetric(file, points);
    return points;
  }

  /**
   * A metric is one kind (counts, score or number) at every step: a chart cannot mix rates and
   * numbers.
   */
  private static void checkOneKindPerMetric(JsonObject file, List<TrainingPoint> points) {
    Map<String, Class<?>> kinds = new TreeMap<>();
    for (TrainingPoint p : points) {
      p.values()
          .forEach(
              (metric, m) -> {
                Class<?> first = kinds.putIfAbsent(metric, m.getClass());
                if (first != null && first != m.getClass()) {
                  file.fail(
                      "points",
                      "/points: metric \""
                          + metric
                          + "\" is "
                          + kind(first)
                          + " at some steps and "
                          + kind(m.getClass())
                          + " at others (step "
                          + p.step()
                          + "); use one kind for every step");
                  kinds.put(metric, m.getClass());
                }
              });
    }
  }

  private static String kind(Class<?> measurement) {
    return measurement == Counts.class
        ? "counts"
        : measurement == Score.class ? "a score" : "a number";
  }

  private static Measurement readValue(JsonObject p, String name) {
    JsonNode v = p.raw(name);
    // a score, as lm-evaluation-harness checkpoints give, keeps its standard error and n: import
    // writes them
    if (v.isObject() && (v.has("mean") || v.has("stderr"))) {
      JsonObject score = p.nested(name);
      score.allowOnly(Set.of("mean", "stderr", "n", "bounds"));
      return ScoreReader.read(score);
    }
    if (v.isObject()) {
      JsonObject c = p.nested(name);
      c.allowOnly(Set.of("k", "n"));
      return CountsReader.read(c);
    }
    if (!v.isNumber()) {
      p.fail(
          name,
          p.pointerOf(name)
              + ": expected a number, counts {\"k\": ..., \"n\": ...} or a score"
              + " {\"mean\": ..., \"stderr\": ..., \"n\": ...}, got "
              + JsonObject.describe(v));
      return null;
    }
    Double d = p.number(name);
    if (d != null && Math.abs(d) > dev.evalpress.model.Score.MAX_MAGNITUDE) {
      p.fail(name, p.pointerOf(name) + ": expected a value between -1e15 and 1e15, got " + d);
      return null;
    }
    return d == null ? null : new Scalar(d);
  }
}
