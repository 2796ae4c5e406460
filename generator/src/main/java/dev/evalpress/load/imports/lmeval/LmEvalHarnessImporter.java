package dev.evalpress.load.imports.lmeval;

import dev.evalpress.load.imports.ImportContext;
import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.load.imports.ResultImporter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.internal.Ids;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.model.TrainingPoint;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.MetricDefinition;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.RunInfo;
import dev.evalpress.model.Score;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the results files of EleutherAI's lm-evaluation-harness: the v0.3 format
 * ({@code {"results": {task: {"acc": 0.5, "acc_stderr": 0.01}}, "versions": …, "config": …}}) and the format of
 * v0.4 and later, which {@code lm_eval/loggers/evaluation_tracker.py} writes as {@code results_<date>.json}
 * (metric keys {@code "acc,none"} with a filter after the comma, {@code "acc_stderr,none"}, and the sections
 * {@code higher_is_better}, {@code n-samples}, {@code n-shot}, {@code configs}, {@code group_subtasks} and a unix
 * {@code date}).
 *
 * <p><b>Recognition.</b> A JSON object without {@code kind} that has {@code results}, an object {@code config},
 * and at least one of {@code versions}, {@code configs} or {@code n-samples}.
 *
 * <p><b>Model.</b> The model is the value of the first of {@code peft=}, {@code delta=}, {@code pretrained=},
 * {@code model=}, {@code path=}, {@code engine=} in {@code config.model_args} (the keys and order the harness uses
 * for its own {@code model_name}; a string {@code "k=v,k=v"} or an object), else {@code config.model}. A
 * {@code revision=} other than {@code main} is appended as {@code NAME@REVISION}, so that checkpoints of one model
 * are distinct versions. The id is {@link ModelIds#normalize} of that name; the date is the file's {@code date}
 * (a unix time, read as a UTC day), absent in v0.3 files.
 *
 * <p><b>Evals.</b> Every numeric entry of {@code results.TASK}, other than {@code alias}, {@code samples} and the
 * {@code *_stderr} entries, is one eval:
 * <ul>
 *   <li>id {@code lm-eval/TASK/METRIC}, both parts lowercased with every character outside {@code [a-z0-9._-]}
 *       replaced by {@code -} and leading {@code . _ -} dropped; the filter {@code none} is dropped, another
 *       filter is kept as {@code METRIC-FILTER} ({@code exact_match,strict-match} → {@code exact_match-strict-match});
 *   <li>title {@code TASK (METRIC)} and metric {@code METRIC}, the metric as the harness spells it, with a filter
 *       other than {@code none} after a comma;
 *   <li>category {@code capability}, a default: the files do not say what a task measures;
 *   <li>direction from {@code higher_is_better.TASK.METRIC} when the file has it, else lower-is-better for the
 *       metrics the harness itself marks so ({@link #LOWER_IS_BETTER}: perplexity, word_perplexity,
 *       byte_perplexity, bits_per_byte, brier_score, and CrowS-Pairs' likelihood_difference, likelihood_diff and
 *       pct_stereotype) and higher-is-better for every other metric.
 * </ul>
 * Each becomes one result on the model with a single row without condition: a {@link Score} whose mean and
 * standard error are the file's numbers, unchanged, so the site's interval mean ± z·stderr is the harness's.
 *
 * <p><b>Sample size n.</b> The first that applies:
 * <ol>
 *   <li>{@code n-samples.TASK.effective} (v0.4 and later);
 *   <li>an integer {@code results.TASK.samples} (written by some v0.4 pre-releases);
 *   <li>for a group, the sum of the counts of its {@code group_subtasks}, found by these same rules;
 *   <li>derived from a 0/1 metric (v0.3 files record no sample counts): the harness's standard error of a mean
 *       is the sample standard deviation (divisor n − 1) over √n, which for a proportion p of n samples is
 *       √(p(1 − p)/(n − 1)), so n = p(1 − p)/stderr² + 1. This is accepted only when it
 *       is exact: n within 10⁻⁹ of an integer (relative) and p·n within 10⁻⁶ of an integer, which a metric that
 *       is not a 0/1 mean does not meet. The metric's own n is used; other metrics of the task (such as
 *       CrowS-Pairs' likelihood_difference, computed over the same documents) take the n that the task's 0/1
 *       metrics agree on. The site shows n; the interval does not depend on it.
 * </ol>
 *
 * <p><b>What is not imported.</b> A metric whose standard error is missing, {@code "N/A"} or NaN (the harness
 * writes {@code "N/A"} when it has no standard error for an aggregation or ran with {@code bootstrap_iters=0}),
 * whose value is NaN, or whose sample size none of the rules above gives, is left out: an interval of width 0
 * would claim a precision the harness did not measure, and a guessed n would print a false sample size. This is
 * not a problem (problems fail the build, and the harness writes such entries routinely, such as the ETHICS
 * tasks' {@code em}); it is said in the run notes of the task's other results. A file from which nothing at all
 * can be imported is one problem at {@code /results}, listing why. Checkpoint series ({@code revision=step<N>})
 * are imported as model versions, not as training runs. The few-shot count is in the notes, not in the id.
 *
 * <p><b>Problems</b>, each at its JSON pointer: {@code results} not an object or empty; a task that is not an
 * object; no model name; a model or eval id that is not valid; two metrics with the same id; a standard error
 * that is negative, infinite or neither a number nor {@code "N/A"}; values beyond ±10¹⁵; malformed {@code date},
 * {@code higher_is_better} or {@code n-samples} entries.
 */
public final class LmEvalHarnessImporter implements ResultImporter {

  /** Metrics the harness marks lower-is-better, used when a file has no {@code higher_is_better}. */
  static final Set<String> LOWER_IS_BETTER = Set.of(
      "perplexity", "word_perplexity", "byte_perplexity", "bits_per_byte", "brier_score",
      "likelihood_difference", "likelihood_diff", "pct_stereotype");

  /** The keys of {@code model_args} that name the model, in the harness's order. */
  /** A revision naming a training step: {@code step1000}, {@code step-1000}, {@code global_step1000}. */
  private static final java.util.regex.Pattern CHECKPOINT = java.util.regex.Pattern.compile("step[-_]?(\\d+)");
  private static final List<String> NAME_KEYS = List.of("peft", "delta", "pretrained", "model", "path", "engine");

  /** Beyond this the statistics lose all precision (the bound of v1 result files). */
  /** Sample sizes beyond this are not real evals (the bound of v1 result files). */

  @Override
  public String format() {
    return "lm-evaluation-harness results (v0.3, or results_*.json of v0.4 and later)";
  }

  @Override
  public boolean recognizes(JsonNode root) {
    return root != null && root.isObject() && !root.has("kind") && root.has("results")
        && root.path("config").isObject()
        && (root.has("versions") || root.has("configs") || root.has("n-samples"));
  }

  @Override
  public Optional<ImportedResults> read(LocatedJson doc, Problems problems) {
    return new Reading(doc, problems).read();
  }

  /**
   * Reads a results file at {@code file} with the {@code samples_TASK_DATE.jsonl} files the harness wrote beside
   * it ({@code --log_samples}), matched by the date stamp in the names. A samples file of a task the results do
   * not have is a problem.
   */
  @Override
  public Optional<ImportedResults> read(LocatedJson doc, ImportContext context, Problems problems) {
    Path file = context.file();
    Optional<ImportedResults> read = read(doc, problems);
    Optional<String> date = LmEvalSampleFiles.resultsDate(file);
    if (read.isEmpty() || date.isEmpty()) {
      return read;
    }
    ImportedResults imported = read.get();
    String modelId = imported.models().get(0).id();
    String shownDir = doc.path().contains("/") ? doc.path().substring(0, doc.path().lastIndexOf('/') + 1) : "";
    List<ImportedSampleLog> logs = new ArrayList<>();
    for (Path samples : LmEvalSampleFiles.samplesBeside(file, date.get())) {
      String task = LmEvalSampleFiles.task(samples, date.get()).orElseThrow();
      String shown = shownDir + samples.getFileName();
      JsonNode results = doc.root().get("results");
      if (!results.has(task)) {
        problems.add(Source.file(shown), "a samples file of task \"" + task + "\", but " + doc.path() + " has no"
            + " results for that task; expected one of: " + String.join(", ", iterableNames(results)));
        continue;
      }
      List<LmEvalSampleLog.Expected> expected = new ArrayList<>();
      JsonNode metrics = results.get(task);
      String prefix = "lm-eval/" + segment(task) + "/";
      for (EvalResult r : imported.results()) {
        if (!r.evalId().startsWith(prefix) || !(r.rows().get(0).measurement() instanceof Score)) {
          continue;
        }
        Score score = (Score) r.rows().get(0).measurement();
        // the eval's metric as the results file keys it: "acc,none", "exact_match,strict-match", or v0.3 "acc"
        for (Map.Entry<String, JsonNode> m : iterable(metrics)) {
          int comma = m.getKey().indexOf(',');
          String base = comma < 0 ? m.getKey() : m.getKey().substring(0, comma);
          String filter = comma < 0 ? "none" : m.getKey().substring(comma + 1);
          String idMetric = filter.equals("none") ? base : base + "-" + filter;
          if (r.evalId().equals(prefix + segment(idMetric))) {
            expected.add(new LmEvalSampleLog.Expected(r.evalId(), base, filter, score.mean(), score.n()));
          }
        }
      }
      if (!expected.isEmpty()) {
        logs.add(new LmEvalSampleLog(samples, shown, doc.path(), task, modelId, expected));
      }
    }
    return Optional.of(imported.withSampleLogs(logs));
  }

  private static List<String> iterableNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The state of reading one file. */
  private static final class Reading {

    private final LocatedJson doc;
    private final Problems problems;
    private final JsonNode root;
    private final JsonNode results;
    private boolean failed;
    private final Map<String, Optional<Count>> counts = new HashMap<>();
    /** The model name without its revision, and the step, when the revision names a checkpoint. */
    private String checkpointOf;
    private long checkpointStep = -1;
    private final Set<String> reported = new HashSet<>();

    Reading(LocatedJson doc, Problems problems) {
      this.doc = doc;
      this.problems = problems;
      this.root = doc.root();
      this.results = root.get("results");
    }

    private void problem(String pointer, String message) {
      failed = true;
      problems.add(doc.place(pointer), message);
    }

    /** Reports a problem about a shared section once, however many tasks look at it. */
    private void problemOnce(String pointer, String message) {
      if (reported.add(pointer)) {
        problem(pointer, message);
      }
    }

    Optional<ImportedResults> read() {
      if (!root.path("config").isObject()) {
        problem("/config", "/config: expected an object with the harness's model and model_args, got "
            + JsonObject.describe(root.get("config")));
        return Optional.empty();
      }
      if (results == null || !results.isObject()) {
        problem("/results", "/results: expected an object of task name → metric values (lm-evaluation-harness"
            + " results), got " + JsonObject.describe(results));
        return Optional.empty();
      }
      if (results.isEmpty()) {
        problem("/results", "/results: expected at least one task, got an empty object");
        return Optional.empty();
      }
      Optional<LocalDate> date = date();
      ImportedModel model = model(date);
      String base = baseNote();
      Map<String, EvalDefinition> evals = new LinkedHashMap<>();
      Map<String, String> firstPointer = new HashMap<>();
      List<EvalResult> imported = new ArrayList<>();
      List<String> skippedInFile = new ArrayList<>();
      for (Map.Entry<String, JsonNode> task : iterable(results)) {
        TaskRead t = readTask(task.getKey(), task.getValue());
        if (t == null) {
          continue;
        }
        t.skipped.forEach(s -> skippedInFile.add(task.getKey() + "/" + s));
        for (Metric m : t.metrics) {
          if (!Ids.isNested(m.evalId)) {
            problem(m.pointer, m.pointer + ": cannot make an eval id of " + Ids.NESTED_RULE + " from task \""
                + task.getKey() + "\" and metric \"" + m.name + "\" (got \"" + m.evalId + "\")");
            continue;
          }
          String earlier = firstPointer.putIfAbsent(m.evalId, m.pointer);
          if (earlier != null) {
            problem(m.pointer, m.pointer + ": eval id \"" + m.evalId + "\" is also made from " + earlier
                + "; task and metric names must stay distinct when lowercased with other characters as '-'");
            continue;
          }
          Source at = doc.place(m.pointer);
          evals.put(m.evalId, new EvalDefinition(m.evalId, task.getKey() + " (" + m.name + ")", m.name,
              Category.CAPABILITY, m.direction, at));
          String notes = base + " " + m.count.how + (t.skipped.isEmpty() ? ""
              : " Not imported from this task: " + String.join("; ", t.skipped) + ".");
          if (model != null) {
            imported.add(new EvalResult(m.evalId, model.id(), new RunInfo(date, Optional.empty(), Optional.of(notes)),
                List.of(new ResultRow(Condition.NONE, new Score(m.value, m.stderr, m.count.n), at)), at));
          }
        }
      }
      if (!failed && imported.isEmpty()) {
        problem("/results", "/results: no metric could be imported: each needs a number, a standard error and a"
            + " sample count; " + listed(skippedInFile));
      }
      if (failed || model == null) {
        return Optional.empty();
      }
      return Optional.of(new ImportedResults(List.of(model), List.copyOf(evals.values()), imported,
          checkpointRun(imported, evals)));
    }

    /**
     * A checkpoint ({@code revision=step<N>}) is also one point of a training run named after the model:
     * each task × metric at step N, as the score the harness reported. The loader joins the points of the
     * run's files.
     */
    private List<TrainingRun> checkpointRun(List<EvalResult> imported, Map<String, EvalDefinition> evals) {
      if (checkpointOf == null || imported.isEmpty()) {
        return List.of();
      }
      String id = ModelIds.normalize(checkpointOf);
      if (!Ids.isSimple(id)) {
        return List.of();
      }
      Map<String, MetricDefinition> metrics = new java.util.TreeMap<>();
      java.util.TreeMap<String, Measurement> values = new java.util.TreeMap<>();
      for (EvalResult r : imported) {
        String metric = r.evalId().substring("lm-eval/".length());
        metrics.put(metric, new MetricDefinition(metric, evals.get(r.evalId()).direction()));
        values.put(metric, r.rows().get(0).measurement());
      }
      return List.of(new TrainingRun(id, checkpointOf + " checkpoints", Optional.of(checkpointOf), Optional.empty(),
          Optional.empty(), metrics, List.of(new TrainingPoint(checkpointStep, values)), doc.place("/config")));
    }

    private static String listed(List<String> skipped) {
      if (skipped.isEmpty()) {
        return "no task has a numeric metric value";
      }
      int shown = Math.min(skipped.size(), 10);
      return "left out: " + String.join("; ", skipped.subList(0, shown))
          + (skipped.size() > shown ? "; and " + (skipped.size() - shown) + " more" : "");
    }

    // ---- the model ----

    private ImportedModel model(Optional<LocalDate> date) {
      JsonNode config = root.get("config");
      String name = null;
      JsonNode args = config.get("model_args");
      Map<String, String> parsed = Map.of();
      if (args != null && !args.isNull()) {
        if (args.isTextual()) {
          parsed = parseArgs(args.textValue());
        } else if (args.isObject()) {
          parsed = new LinkedHashMap<>();
          for (Map.Entry<String, JsonNode> e : iterable(args)) {
            if (e.getValue().isTextual()) {
              parsed.put(e.getKey(), e.getValue().textValue());
            }
          }
        } else {
          problem("/config/model_args", "/config/model_args: expected a string like \"pretrained=NAME,…\" or an"
              + " object, got " + JsonObject.describe(args));
          return null;
        }
      }
      for (String key : NAME_KEYS) {
        String v = parsed.get(key);
        if (v != null && !v.isBlank()) {
          name = v.strip();
          break;
        }
      }
      String pointer = "/config/model_args";
      if (name == null) {
        JsonNode model = config.get("model");
        if (model != null && model.isTextual() && !model.textValue().isBlank()) {
          name = model.textValue().strip();
          pointer = "/config/model";
        }
      }
      if (name == null) {
        problem("/config", "/config: no model name: expected config.model_args with pretrained=NAME (or peft=,"
            + " delta=, model=, path=, engine=), or a string config.model");
        return null;
      }
      String revision = parsed.get("revision");
      if (revision != null && !revision.isBlank() && !revision.strip().equals("main")) {
        java.util.regex.Matcher step = CHECKPOINT.matcher(revision.strip());
        if (step.find() && step.group(1).length() < 18) {
          checkpointOf = name;
          checkpointStep = Long.parseLong(step.group(1));
        }
        name = name + "@" + revision.strip();
      }
      if (unprintable(name)) {
        problem(pointer, pointer + ": the model name contains a control character; expected printable text");
        return null;
      }
      String id = ModelIds.normalize(name);
      if (!Ids.isSimple(id)) {
        problem(pointer, pointer + ": cannot make a model id of " + Ids.SIMPLE_RULE + " from \"" + name
            + "\" (got \"" + id + "\")");
        return null;
      }
      return new ImportedModel(id, name, date);
    }

    /** The harness's own parsing of {@code model_args}: comma-separated, split at the first {@code =}. */
    private static Map<String, String> parseArgs(String args) {
      Map<String, String> parsed = new LinkedHashMap<>();
      for (String part : args.split(",")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          parsed.putIfAbsent(part.substring(0, eq).strip(), part.substring(eq + 1));
        }
      }
      return parsed;
    }

    private Optional<LocalDate> date() {
      JsonNode d = root.get("date");
      if (d == null || d.isNull()) {
        return Optional.empty();
      }
      if (!d.isNumber() || !Double.isFinite(d.doubleValue()) || d.doubleValue() < 0
          || d.doubleValue() > 253_402_300_799.0) {
        problemOnce("/date", "/date: expected a unix time in seconds, such as 1718000000.5, got "
            + JsonObject.describe(d));
        return Optional.empty();
      }
      return Optional.of(Instant.ofEpochSecond((long) Math.floor(d.doubleValue())).atZone(ZoneOffset.UTC)
          .toLocalDate());
    }

    private String baseNote() {
      StringBuilder s = new StringBuilder("Imported from lm-evaluation-harness");
      JsonNode version = root.get("lm_eval_version");
      if (version != null && version.isTextual() && !unprintable(version.textValue())) {
        s.append(' ').append(version.textValue());
      } else if (!root.has("n-samples") && !root.has("configs")) {
        s.append(" (v0.3 format)");
      }
      JsonNode model = root.get("config").get("model");
      if (model != null && model.isTextual() && !unprintable(model.textValue())) {
        s.append(", model type ").append(model.textValue());
      }
      JsonNode shots = root.get("config").get("num_fewshot");
      if (shots != null && shots.isIntegralNumber()) {
        s.append(", ").append(shots.asLong()).append("-shot");
      }
      return s.append('.').toString();
    }

    // ---- tasks and metrics ----

    private record Count(long n, String how) {}

    private record Metric(String name, String evalId, String pointer, double value, double stderr, Count count,
        Direction direction) {}

    private record TaskRead(List<Metric> metrics, List<String> skipped) {}

    /** A metric entry before its sample size is known. */
    private record Entry(String name, String base, String filter, String pointer, double value, double stderr) {}

    private TaskRead readTask(String task, JsonNode node) {
      String taskPointer = "/results/" + escape(task);
      if (!node.isObject()) {
        problem(taskPointer, taskPointer + ": expected an object of metric values, got " + JsonObject.describe(node));
        return null;
      }
      if (unprintable(task)) {
        problem(taskPointer, taskPointer + ": the task name contains a control character; expected printable text");
        return null;
      }
      List<Entry> entries = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : iterable(node)) {
        String key = e.getKey();
        JsonNode value = e.getValue();
        int comma = key.indexOf(',');
        String base = comma < 0 ? key : key.substring(0, comma);
        String filter = comma < 0 ? null : key.substring(comma + 1);
        if (key.equals("alias") || key.equals("samples") || base.endsWith("_stderr") || value == null
            || !value.isNumber()) {
          continue;
        }
        String name = filter == null || filter.equals("none") ? base : base + "," + filter;
        String pointer = taskPointer + "/" + escape(key);
        if (unprintable(key)) {
          problem(pointer, pointer + ": the metric name contains a control character; expected printable text");
          continue;
        }
        double v = value.doubleValue();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
          skipped.add(name + " (value " + value.asText() + ")");
          continue;
        }
        if (Math.abs(v) > Score.MAX_MAGNITUDE) {
          problem(pointer, pointer + ": expected a value between -1e15 and 1e15, got " + value.asText());
          continue;
        }
        String stderrKey = base + "_stderr" + (filter == null ? "" : "," + filter);
        String stderrPointer = taskPointer + "/" + escape(stderrKey);
        JsonNode se = node.get(stderrKey);
        if (se == null || se.isNull()) {
          skipped.add(name + " (no standard error)");
          continue;
        }
        if (se.isTextual() && se.textValue().strip().equals("N/A")) {
          skipped.add(name + " (standard error N/A)");
          continue;
        }
        if (!se.isNumber()) {
          problem(stderrPointer, stderrPointer + ": expected a standard error (a number >= 0) or \"N/A\", got "
              + JsonObject.describe(se));
          continue;
        }
        double s = se.doubleValue();
        if (Double.isNaN(s)) {
          skipped.add(name + " (standard error NaN)");
          continue;
        }
        if (s < 0 || s > Score.MAX_MAGNITUDE) {
          problem(stderrPointer, stderrPointer + ": expected a standard error between 0 and 1e15, got " + se.asText());
          continue;
        }
        entries.add(new Entry(name, base, filter, pointer, v, s));
      }
      Optional<Count> taskCount = count(task, new HashSet<>());
      Optional<Count> agreed = taskCount.isPresent() ? Optional.empty() : agreedDerived(entries);
      List<Metric> metrics = new ArrayList<>();
      for (Entry e : entries) {
        Optional<Count> count = taskCount.or(() -> derived(e)).or(() -> agreed);
        if (count.isEmpty()) {
          skipped.add(e.name + " (no sample count)");
          continue;
        }
        String idMetric = e.filter == null || e.filter.equals("none") ? e.base : e.base + "-" + e.filter;
        metrics.add(new Metric(e.name, "lm-eval/" + segment(task) + "/" + segment(idMetric), e.pointer, e.value,
            e.stderr, count.get(), direction(task, e)));
      }
      return new TaskRead(metrics, skipped);
    }

    private Direction direction(String task, Entry e) {
      JsonNode hib = root.get("higher_is_better");
      if (hib != null && !hib.isNull()) {
        if (!hib.isObject()) {
          problemOnce("/higher_is_better", "/higher_is_better: expected an object of task → metric → true or"
              + " false, got " + JsonObject.describe(hib));
        } else {
          JsonNode t = hib.get(task);
          String tp = "/higher_is_better/" + escape(task);
          if (t != null && !t.isNull() && !t.isObject()) {
            problemOnce(tp, tp + ": expected an object of metric → true or false, got " + JsonObject.describe(t));
          } else if (t != null && t.has(e.base) && !t.get(e.base).isNull()) {
            JsonNode b = t.get(e.base);
            if (b.isBoolean()) {
              return b.booleanValue() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            }
            String bp = tp + "/" + escape(e.base);
            problemOnce(bp, bp + ": expected true or false, got " + JsonObject.describe(b));
          }
        }
      }
      return LOWER_IS_BETTER.contains(e.base) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    }

    // ---- sample sizes ----

    /** The recorded sample count of a task or group (rules 1 to 3), memoised. */
    private Optional<Count> count(String task, Set<String> visiting) {
      Optional<Count> known = counts.get(task);
      if (known != null) {
        return known;
      }
      if (!visiting.add(task)) {
        return Optional.empty();
      }
      Optional<Count> c = recorded(task).or(() -> group(task, visiting));
      counts.put(task, c);
      return c;
    }

    private Optional<Count> recorded(String task) {
      JsonNode all = root.get("n-samples");
      if (all != null && !all.isNull()) {
        if (!all.isObject()) {
          problemOnce("/n-samples", "/n-samples: expected an object of task → {\"original\", \"effective\"}, got "
              + JsonObject.describe(all));
        } else if (all.has(task) && !all.get(task).isNull()) {
          String p = "/n-samples/" + escape(task);
          JsonNode entry = all.get(task);
          if (!entry.isObject()) {
            problemOnce(p, p + ": expected an object with \"original\" and \"effective\" sample counts, got "
                + JsonObject.describe(entry));
            return Optional.empty();
          }
          JsonNode effective = entry.get("effective");
          if (effective == null || effective.isNull()) {
            problemOnce(p, p + ": missing field \"effective\": expected the number of samples evaluated");
            return Optional.empty();
          }
          if (!effective.isIntegralNumber() || !effective.canConvertToLong() || effective.longValue() < 0
              || effective.longValue() > Counts.MAX_N) {
            problemOnce(p + "/effective", p + "/effective: expected a sample count between 0 and " + Counts.MAX_N + ", got "
                + JsonObject.describe(effective));
            return Optional.empty();
          }
          long n = effective.longValue();
          if (n == 0) {
            return Optional.empty();
          }
          JsonNode original = entry.get("original");
          if (original != null && original.isIntegralNumber() && original.canConvertToLong()
              && original.longValue() > n) {
            return Optional.of(new Count(n, "n = " + n + " of the task's " + original.longValue()
                + " samples (n-samples; the run had a limit)."));
          }
          return Optional.of(new Count(n, "n = " + n + " (n-samples, effective)."));
        }
      }
      JsonNode samples = results.path(task).get("samples");
      if (samples != null && samples.isIntegralNumber() && samples.canConvertToLong() && samples.longValue() >= 1
          && samples.longValue() <= Counts.MAX_N) {
        return Optional.of(new Count(samples.longValue(), "n = " + samples.longValue() + " (the task's samples)."));
      }
      return Optional.empty();
    }

    /** A group's count: the sum over its subtasks, if every subtask has one. */
    private Optional<Count> group(String task, Set<String> visiting) {
      JsonNode subtasks = root.path("group_subtasks").get(task);
      if (subtasks == null || !subtasks.isArray() || subtasks.isEmpty()) {
        return Optional.empty();
      }
      long n = 0;
      for (JsonNode sub : subtasks) {
        if (!sub.isTextual()) {
          return Optional.empty();
        }
        String name = sub.textValue();
        Optional<Count> c = count(name, visiting);
        if (c.isEmpty() && results.has(name) && results.get(name).isObject()) {
          c = agreedDerived(derivableEntries(name));
        }
        if (c.isEmpty()) {
          return Optional.empty();
        }
        n += c.get().n;
        if (n > Counts.MAX_N) {
          return Optional.empty();
        }
      }
      return Optional.of(new Count(n, "n = " + n + ", the sum over the group's subtasks."));
    }

    /** The 0/1 metrics of a task with their standard errors, for a subtask that records no count. */
    private List<Entry> derivableEntries(String task) {
      List<Entry> entries = new ArrayList<>();
      JsonNode node = results.get(task);
      for (Map.Entry<String, JsonNode> e : iterable(node)) {
        String key = e.getKey();
        int comma = key.indexOf(',');
        String base = comma < 0 ? key : key.substring(0, comma);
        String filter = comma < 0 ? null : key.substring(comma + 1);
        JsonNode se = node.get(base + "_stderr" + (filter == null ? "" : "," + filter));
        if (e.getValue().isNumber() && !base.endsWith("_stderr") && se != null && se.isNumber()) {
          entries.add(new Entry(key, base, filter, "", e.getValue().doubleValue(), se.doubleValue()));
        }
      }
      return entries;
    }

    /** The n that every derivable 0/1 metric of a task agrees on, if there is one. */
    private static Optional<Count> agreedDerived(List<Entry> entries) {
      Optional<Count> agreed = Optional.empty();
      for (Entry e : entries) {
        Optional<Count> c = derived(e);
        if (c.isPresent()) {
          if (agreed.isPresent() && agreed.get().n != c.get().n) {
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
     * n of a 0/1 metric from its mean p and the harness's standard error √(p(1 − p)/(n − 1)), when exact.
     */
    private static Optional<Count> derived(Entry e) {
      OptionalLong n = derivedN(e.value, e.stderr);
      return n.isEmpty() ? Optional.empty() : Optional.of(new Count(n.getAsLong(), "n = " + n.getAsLong()
          + ", derived from " + e.name + " and its standard error as p(1 − p)/stderr² + 1, exact for a 0/1 metric"
          + " (the file records no sample counts)."));
    }
  }

  /** n = p(1 − p)/se² + 1 when that is an integer n ≥ 2 and p·n is an integer, both to rounding error. */
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

  /** A task or metric name as an id segment: lowercase, other characters as {@code -}, no leading separators. */
  static String segment(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-").replaceAll("^[._-]+", "");
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** A control character (other than tab) or an unpaired surrogate: names end up in pages, file names and SVG. */
  private static boolean unprintable(String s) {
    return s.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t' || c >= 0xD800 && c <= 0xDFFF);
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }
}
