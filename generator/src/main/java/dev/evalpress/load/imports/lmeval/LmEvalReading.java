package dev.evalpress.load.imports.lmeval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.ImportContext.ModelOverride;
import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.load.internal.Ids;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.RunInfo;
import dev.evalpress.model.Score;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reading of one results file, by the rules of {@link LmEvalHarnessImporter}. */
final class LmEvalReading {

  /**
   * A result imported with a sample size, with the key it was read from (for the samples files).
   */
  record SizedMetric(String task, MetricKey key, String evalId, Score score) {}

  /** What the file gave: the results, and the sized metrics they were read from. */
  record Read(ImportedResults results, List<SizedMetric> sized) {}

  private final LocatedJson doc;
  private final Optional<ModelOverride> override;
  private final FileProblems problems;
  private final JsonNode root;
  private final JsonNode results;
  private final SampleSizes sizes;
  private final MetricDirections directions;
  private final ShotCounts shots;
  private Optional<Checkpoint> checkpoint = Optional.empty();

  // what the tasks gave, in file order
  private final Map<String, EvalDefinition> evals = new LinkedHashMap<>();
  private final Map<String, String> firstPointer = new HashMap<>();
  private final List<EvalResult> imported = new ArrayList<>();
  private final List<EvalResult> unsized = new ArrayList<>();
  private final List<SizedMetric> sized = new ArrayList<>();
  private final List<ResultNote> notes = new ArrayList<>();
  private final List<String> leftOutInFile = new ArrayList<>();

  LmEvalReading(LocatedJson doc, Optional<ModelOverride> override, Problems problems) {
    this.doc = doc;
    this.override = override;
    this.problems = new FileProblems(doc, problems);
    this.root = doc.root();
    this.results = root.get("results");
    this.sizes = new SampleSizes(root, this.problems);
    this.directions = new MetricDirections(root, this.problems);
    this.shots = new ShotCounts(root, this.problems);
  }

  Optional<Read> read() {
    if (!root.path("config").isObject()) {
      problems.at(
          "/config",
          "/config: expected an object with the harness's model and model_args, got "
              + JsonObject.describe(root.get("config")));
      return Optional.empty();
    }
    if (results == null || !results.isObject()) {
      problems.at(
          "/results",
          "/results: expected an object of task name → metric values (lm-evaluation-harness"
              + " results), got "
              + JsonObject.describe(results));
      return Optional.empty();
    }
    if (results.isEmpty()) {
      problems.at("/results", "/results: expected at least one task, got an empty object");
      return Optional.empty();
    }
    Optional<Instant> started = started();
    Optional<LocalDate> date = started.map(i -> i.atZone(ZoneOffset.UTC).toLocalDate());
    ImportedModel model = model(date);
    results
        .fields()
        .forEachRemaining(task -> readTask(task.getKey(), task.getValue(), model, date));
    if (!problems.failed() && imported.isEmpty() && unsized.isEmpty()) {
      problems.at(
          "/results",
          "/results: no metric could be imported: each needs a number, a standard error and a"
              + " sample count; "
              + listed(leftOutInFile));
    }
    if (problems.failed() || model == null) {
      return Optional.empty();
    }
    ImportedResults read =
        new ImportedResults(List.of(model), List.copyOf(evals.values()), imported, List.of())
            .withRun(Optional.empty(), started)
            .withUnsizedAndNotes(unsized, notes);
    return Optional.of(new Read(read, List.copyOf(sized)));
  }

  // ---- one task ----

  private void readTask(String task, JsonNode node, ImportedModel model, Optional<LocalDate> date) {
    String taskPointer = "/results/" + FileProblems.escape(task);
    if (!node.isObject()) {
      problems.at(
          taskPointer,
          taskPointer + ": expected an object of metric values, got " + JsonObject.describe(node));
      return;
    }
    if (FileProblems.unprintable(task)) {
      problems.at(
          taskPointer,
          taskPointer + ": the task name contains a control character; expected printable text");
      return;
    }
    long shotCount = shots.of(task);
    Optional<String> modelId = Optional.ofNullable(model).map(ImportedModel::id);
    List<MetricValue> values = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    node.fields()
        .forEachRemaining(
            e -> {
              MetricKey key = MetricKey.of(e.getKey());
              if (!key.isMetric() || !e.getValue().isNumber()) {
                return;
              }
              String pointer = taskPointer + "/" + FileProblems.escape(e.getKey());
              if (FileProblems.unprintable(e.getKey())) {
                problems.at(
                    pointer,
                    pointer
                        + ": the metric name contains a control character; expected printable text");
                return;
              }
              metricValue(node, key, pointer, taskPointer)
                  .ifPresent(
                      v -> {
                        if (v.reason() != null) {
                          leftOut.add(key.name() + " (" + v.reason() + ")");
                          String evalId = evalId(task, key, shotCount);
                          notes.add(
                              new ResultNote(
                                  ResultNote.Kind.LEFT_OUT,
                                  Optional.of(evalId).filter(Ids::isNested),
                                  modelId,
                                  task
                                      + " ("
                                      + key.name()
                                      + ") is left out: "
                                      + v.reason()
                                      + "; an interval needs the harness's"
                                      + " value and standard error.",
                                  problems.place(pointer)));
                        } else {
                          values.add(v.value());
                        }
                      });
            });
    leftOut.forEach(l -> leftOutInFile.add(task + "/" + l));
    String runNotes = baseNote(shotCount);
    String leftOutNote =
        leftOut.isEmpty()
            ? ""
            : " Not imported from this task: " + String.join("; ", leftOut) + ".";
    for (MetricValue v : values) {
      String evalId = evalId(task, v.key(), shotCount);
      if (!Ids.isNested(evalId)) {
        problems.at(
            v.pointer(),
            v.pointer()
                + ": cannot make an eval id of "
                + Ids.NESTED_RULE
                + " from task \""
                + task
                + "\" and metric \""
                + v.key().name()
                + "\" (got \""
                + evalId
                + "\")");
        continue;
      }
      String earlier = firstPointer.putIfAbsent(evalId, v.pointer());
      if (earlier != null) {
        problems.at(
            v.pointer(),
            v.pointer()
                + ": eval id \""
                + evalId
                + "\" is also made from "
                + earlier
                + "; task and metric names must stay distinct when lowercased with other characters as '-'");
        continue;
      }
      Source at = problems.place(v.pointer());
      MetricDirections.Decided direction = directions.of(task, v.key().base());
      String title =
          task + " (" + v.key().name() + (shotCount > 0 ? ", " + shotCount + "-shot" : "") + ")";
      evals.put(
          evalId,
          new EvalDefinition(
              evalId, title, v.key().name(), Category.CAPABILITY, direction.direction(), at));
      if (direction.assumed()) {
        notes.add(
            ResultNote.ofEval(
                ResultNote.Kind.DIRECTION_ASSUMED,
                evalId,
                modelId,
                "direction assumed"
                    + " higher-is-better: the file does not say and the metric is not one the harness marks; set it under"
                    + " evals: in evalpress.yaml",
                at));
      }
      if (model == null) {
        continue;
      }
      Optional<SampleCount> count = sizes.of(task, v, values);
      RunInfo run =
          new RunInfo(
              date,
              Optional.empty(),
              Optional.of(
                  runNotes
                      + " "
                      + count.map(SampleCount::how).orElse("No sample size in the file.")
                      + leftOutNote));
      Score score = new Score(v.value(), v.stderr(), count.map(SampleCount::n).orElse(0L));
      EvalResult result =
          new EvalResult(
              evalId, model.id(), run, List.of(new ResultRow(Condition.NONE, score, at)), at);
      if (count.isEmpty()) {
        unsized.add(result);
        continue;
      }
      imported.add(result);
      sized.add(new SizedMetric(task, v.key(), evalId, score));
      if (count.get().elsewhere()) {
        notes.add(
            ResultNote.ofEval(
                ResultNote.Kind.SAMPLE_SIZE_FROM_ELSEWHERE,
                evalId,
                modelId,
                task
                    + " ("
                    + v.key().name()
                    + ") has no sample size of its own: "
                    + count.get().how(),
                at));
      }
    }
  }

  /** {@code lm-eval/TASK/METRIC}, with {@code /N-shot} for N > 0 few-shot examples. */
  private static String evalId(String task, MetricKey key, long shotCount) {
    return "lm-eval/"
        + Ids.segment(task, "task")
        + "/"
        + key.idSegment()
        + (shotCount > 0 ? "/" + shotCount + "-shot" : "");
  }

  /**
   * A metric's value and standard error, or why it is left out (null reason when it is imported).
   */
  private record Checked(MetricValue value, String reason) {}

  /** The metric with its standard error; empty after a problem. */
  private Optional<Checked> metricValue(
      JsonNode node, MetricKey key, String pointer, String taskPointer) {
    JsonNode value = node.get(key.key());
    double v = value.doubleValue();
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Optional.of(new Checked(null, "value " + value.asText()));
    }
    if (Math.abs(v) > Score.MAX_MAGNITUDE) {
      problems.at(
          pointer, pointer + ": expected a value between -1e15 and 1e15, got " + value.asText());
      return Optional.empty();
    }
    String stderrPointer = taskPointer + "/" + FileProblems.escape(key.stderrKey());
    JsonNode se = node.get(key.stderrKey());
    if (se == null || se.isNull()) {
      return Optional.of(new Checked(null, "no standard error"));
    }
    if (se.isTextual() && se.textValue().strip().equals("N/A")) {
      return Optional.of(new Checked(null, "standard error N/A"));
    }
    if (!se.isNumber()) {
      problems.at(
          stderrPointer,
          stderrPointer
              + ": expected a standard error (a number >= 0) or \"N/A\", got "
              + JsonObject.describe(se));
      return Optional.empty();
    }
    double s = se.doubleValue();
    if (Double.isNaN(s)) {
      return Optional.of(new Checked(null, "standard error NaN"));
    }
    if (s < 0 || s > Score.MAX_MAGNITUDE) {
      problems.at(
          stderrPointer,
          stderrPointer + ": expected a standard error between 0 and 1e15, got " + se.asText());
      return Optional.empty();
    }
    return Optional.of(new Checked(new MetricValue(key, pointer, v, s), null));
  }

  private static String listed(List<String> leftOut) {
    if (leftOut.isEmpty()) {
      return "no task has a numeric metric value";
    }
    int shown = Math.min(leftOut.size(), 10);
    return "left out: "
        + String.join("; ", leftOut.subList(0, shown))
        + (leftOut.size() > shown ? "; and " + (leftOut.size() - shown) + " more" : "");
  }

  // ---- the run ----

  /**
   * v0.4's {@code date}: when the run started, in unix seconds (a fraction kept); v0.3 files have
   * none.
   */
  private Optional<Instant> started() {
    JsonNode d = root.get("date");
    if (d == null || d.isNull()) {
      return Optional.empty();
    }
    if (!d.isNumber()
        || !Double.isFinite(d.doubleValue())
        || d.doubleValue() < 0
        || d.doubleValue() > 253_402_300_799.0) {
      problems.once(
          "/date",
          "/date: expected a unix time in seconds, such as 1718000000.5, got "
              + JsonObject.describe(d));
      return Optional.empty();
    }
    BigDecimal seconds = d.decimalValue();
    long whole = seconds.longValue();
    long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
    return Optional.of(Instant.ofEpochSecond(whole, nanos));
  }

  private String baseNote(long shotCount) {
    StringBuilder s = new StringBuilder("Imported from lm-evaluation-harness");
    JsonNode version = root.get("lm_eval_version");
    if (version != null && version.isTextual() && !FileProblems.unprintable(version.textValue())) {
      s.append(' ').append(version.textValue());
    } else if (!root.has("n-samples") && !root.has("configs")) {
      s.append(" (v0.3 format)");
    }
    JsonNode model = root.get("config").get("model");
    if (model != null && model.isTextual() && !FileProblems.unprintable(model.textValue())) {
      s.append(", model type ").append(model.textValue());
    }
    return s.append(", ").append(shotCount).append("-shot.").toString();
  }

  // ---- the model ----

  private ImportedModel model(Optional<LocalDate> date) {
    JsonNode config = root.get("config");
    Optional<ModelArgs> args = ModelArgs.of(config.get("model_args"));
    if (args.isEmpty()) {
      problems.at(
          "/config/model_args",
          "/config/model_args: expected a string like \"pretrained=NAME,…\" or an"
              + " object, got "
              + JsonObject.describe(config.get("model_args")));
      return null;
    }
    String name;
    Source at;
    String pointer;
    if (override.isPresent()) {
      name = override.get().name().strip();
      at = override.get().setting();
      pointer = "the model set at " + at;
    } else {
      pointer = "/config/model_args";
      Optional<String> named = args.get().modelName();
      if (named.isEmpty()) {
        JsonNode model = config.get("model");
        if (model != null && model.isTextual() && !model.textValue().isBlank()) {
          named = Optional.of(model.textValue().strip());
          pointer = "/config/model";
        }
      }
      if (named.isEmpty()) {
        problems.at(
            "/config",
            "/config: no model name: expected config.model_args with pretrained=NAME (or peft=,"
                + " delta=, model=, path=, engine=), or a string config.model");
        return null;
      }
      name = named.get();
      at = problems.place(pointer);
    }
    Optional<String> stepPointer = override.flatMap(ModelOverride::stepPointer);
    if (stepPointer.isPresent()) {
      Checkpoint.StepAt step = Checkpoint.stepAt(root, stepPointer.get());
      if (step.step().isEmpty()) {
        String setAt = stepPointer.get() + ": the step pointer set at " + override.get().setting();
        problems.at(
            stepPointer.get(),
            step.problem().startsWith("got")
                ? setAt + ": expected an integer training step, " + step.problem()
                : setAt + " " + step.problem() + "; expected an integer training step");
        return null;
      }
      checkpoint = Optional.of(new Checkpoint(name, step.step().get()));
      name = checkpoint.get().modelName();
    } else {
      Optional<String> revision = args.get().get("revision").filter(r -> !r.equals("main"));
      if (revision.isPresent()) {
        checkpoint = Checkpoint.ofRevision(name, revision.get());
        name = name + "@" + revision.get();
      }
    }
    if (FileProblems.unprintable(name)) {
      problems.add(
          at, pointer + ": the model name contains a control character; expected printable text");
      return null;
    }
    String id = ModelIds.normalize(name);
    if (!Ids.isSimple(id)) {
      problems.add(
          at,
          pointer
              + ": cannot make a model id of "
              + Ids.SIMPLE_RULE
              + " from \""
              + name
              + "\" (got \""
              + id
              + "\")");
      return null;
    }
    return new ImportedModel(id, name, date, checkpoint.flatMap(Checkpoint::trainingRun));
  }
}
