package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.ImportContext;
import dev.evalpress.load.imports.ImportedModel;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.load.imports.ResultImporter;
import dev.evalpress.load.imports.inspect.InspectSampleValues.Entry;
import dev.evalpress.load.imports.inspect.InspectSampleValues.Tally;
import dev.evalpress.load.internal.Ids;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.IncompleteRun;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.RunInfo;
import dev.evalpress.model.Score;
import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports an <a href="https://inspect.aisi.org.uk/eval-logs.html">Inspect AI</a> eval log in its JSON form (log
 * format version 2, as written by {@code inspect eval --log-format json} or {@code inspect log convert}), and,
 * through {@link InspectEvalZip}, its {@code .eval} zip form.
 *
 * <h2>Recognition</h2>
 * A JSON object without a v1 {@code kind}, with {@code "version": 2} and an {@code eval} object that has a
 * {@code task}. ({@code eval.model} is not needed to recognise a log, so that a log without it is reported as
 * such rather than as a file of no known format.)
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li><b>Model</b>: {@code ImportedModel(ModelIds.normalize(eval.model), eval.model, date of eval.created)}.
 *       The date is the calendar date as written, in the offset the log was written in
 *       ({@code 2025-05-12T20:28:13-04:00} → 2025-05-12).</li>
 *   <li><b>Eval id</b>: {@code inspect/} followed by the task name ({@code eval.task}), lowercased; each run of
 *       characters other than {@code a-z 0-9 . _ -} becomes {@code -}, each {@code /}-separated segment loses
 *       leading characters other than a letter or digit and trailing {@code . _ -}, and empty segments are
 *       dropped: {@code inspect_evals/mmlu_0_shot} → {@code inspect/inspect_evals/mmlu_0_shot}. A log of
 *       several epochs ({@code eval.config.epochs} N > 1) gets {@code /epochs-N}: its reduced scores are a
 *       different measurement from single-epoch runs of the task.</li>
 *   <li><b>One eval per entry of {@code results.scores}</b> (one per scorer, or per scorer × reducer when
 *       several epoch reducers are configured, or per key of a scorer with a dictionary of metrics). When the log
 *       has more than one entry, the eval id gets one more segment, the entry's {@code name} normalised like a
 *       task segment ({@code /} included), with {@code -reducer} appended when two entries share a name, and
 *       {@code -2}, {@code -3}… when two entries still normalise alike; the title is the task name followed by
 *       {@code " — "} and that label. With one entry, the title is the task name.</li>
 *   <li><b>Metric</b>: the entry's {@code accuracy} metric; without one, its {@code mean}; without that, its
 *       first metric other than {@code stderr}, {@code std} and {@code var}. Other metrics are not imported.
 *       The metric's key in {@code metrics} names the eval's metric. Metrics written with {@code "options"}
 *       (older logs) and with {@code "params"} (newer logs) are read alike: only their {@code value} is used.</li>
 *   <li><b>Category and direction</b>: every imported eval is {@code capability}, {@code higher-is-better}.
 *       These are defaults that a user cannot yet override.</li>
 *   <li><b>Counts or score</b>: an entry is imported as counts ({@code k} correct of {@code n}) when every
 *       sample, reduced over epochs, is correct or incorrect — a value of 1, {@code true} or {@code "C"}
 *       (correct), or 0, {@code false} or {@code "I"} (incorrect); {@code "P"} (partial), {@code "N"} (no
 *       answer), fractions and NaN are not binary — and {@code k / n} equals the log's value of the chosen
 *       metric (within 1e-9). The reduced values are the log's own reductions (top-level {@code reductions},
 *       or {@code results.sample_reductions} in older logs) for the entry's scorer and reducer; without them,
 *       the samples are reduced here as Inspect's default {@code mean} reducer does (a sample whose epochs
 *       disagree has a fractional mean, so the entry is not binary), and samples reduced by another reducer are
 *       not counted here. Any other entry is imported as a score: mean = the chosen metric's value, stderr = the
 *       {@code stderr} metric's value, n = the entry's {@code scored_samples}, else the number of its reduced
 *       samples, else {@code results.completed_samples} (or {@code total_samples}) divided by
 *       {@code eval.config.epochs}. (Inspect computes its metrics over samples reduced across epochs, while
 *       {@code total_samples} and {@code completed_samples} count sample × epoch.) So imported numbers are
 *       always Inspect's own: {@code k / n} is checked against them, and a score copies them.</li>
 *   <li><b>No numeric stderr</b>: a binary entry needs none. Any other entry whose {@code stderr} metric is
 *       missing or not a finite number ({@code "N/A"}, NaN, null) is left out and named in the notes of the
 *       entries that were imported (as the lm-evaluation-harness importer does); when no entry can be
 *       imported, that is one problem at {@code /results/scores}.</li>
 *   <li><b>Rows</b>: one per entry, with no condition ({@link Condition#NONE}). The run's date is the date of
 *       {@code eval.created}, its grader the entry's label, its notes name Inspect and the run id.</li>
 *   <li><b>Status</b>: only a {@code success} log contributes results. A {@code started}, {@code cancelled} or
 *       {@code error} log contributes its model and, where its {@code results.scores} can be read, its eval
 *       definitions, but no results (an eval result needs at least one row, and an unfinished run's rates
 *       should never mix with complete runs). Its results are not checked, and its status is not a problem.</li>
 * </ul>
 *
 * <h2>Samples</h2>
 * A successful log also gives its samples as records for the transcript viewer ({@link InspectSampleLog},
 * {@link InspectSampleMapper}), one per sample × epoch × imported scorer, checked to add up to the imported
 * result. They never change a rate.
 *
 * <h2>Problems</h2>
 * Every problem is reported at the place of the value at fault (by JSON pointer) with what was expected. Per-
 * sample data ({@code samples}, {@code reductions}) only decides between counts and a score: anything
 * unexpected there makes an entry a score rather than a problem.
 */
public final class InspectLogImporter implements ResultImporter {

  private static final List<String> STATUSES = List.of("started", "success", "cancelled", "error");
  private static final Set<String> SPREAD_METRICS = Set.of("stderr", "std", "var");
  /** Largest k/n difference from the log's metric still taken as equal (floating-point noise). */
  private static final double SAME = 1e-9;
  /** As for v1 result files: larger samples are not real evals, larger scores lose all precision. */

  /** One readable entry of {@code results.scores}. */
  private record Scorer(int index, JsonObject item, Entry entry, JsonObject metrics, String metricKey,
      JsonObject metric, String label, String evalId, String title) {}

  @Override
  public String format() {
    return "Inspect AI eval log (JSON, log format version 2)";
  }

  @Override
  public boolean recognizes(JsonNode root) {
    if (root == null || !root.isObject() || root.has("kind")) {
      return false;
    }
    JsonNode version = root.get("version");
    JsonNode eval = root.get("eval");
    return version != null && version.isIntegralNumber() && version.canConvertToInt() && version.intValue() == 2
        && eval != null && eval.isObject() && eval.has("task");
  }

  @Override
  public Optional<ImportedResults> read(LocatedJson doc, Problems problems) {
    return read(doc, problems, null);
  }

  /** The JSON form at {@code file}, with its samples for the transcript viewer. */
  @Override
  public Optional<ImportedResults> read(LocatedJson doc, ImportContext context, Problems problems) {
    Path file = context.file();
    // a log written without samples (log_samples false) has results but no transcripts
    JsonNode samples = doc.root().get("samples");
    boolean hasSamples = samples != null && samples.isArray() && !samples.isEmpty();
    return read(doc, problems, hasSamples ? new SampleFile(file, doc.path(), false) : null);
  }

  /** Where a log's samples are: a JSON log, or a {@code .eval} zip shown as {@code shown}. */
  record SampleFile(Path file, String shown, boolean zip) {}

  /**
   * Reads a log; with {@code samples}, a successful log also gives its samples (one record per sample × epoch ×
   * imported scorer), to be streamed from that file later. Cancelled, error and unfinished logs give none: their
   * transcripts would sit beside rates they are not part of.
   */
  Optional<ImportedResults> read(LocatedJson doc, Problems problems, SampleFile samples) {
    JsonObject root = JsonObject.root(doc, problems);
    if (root == null) {
      return Optional.empty();
    }
    String status = root.requireOneOf("status", STATUSES);
    JsonObject eval = root.requireObject("eval");
    if (eval == null) {
      return Optional.empty();
    }
    String task = eval.requireText("task");
    String modelName = eval.requireText("model");
    Optional<LocalDate> created = created(eval);
    String evalId = task == null ? null : evalId(eval, task);
    if (status == null || modelName == null || evalId == null) {
      return Optional.empty();
    }
    ImportedModel model = new ImportedModel(ModelIds.normalize(modelName), modelName, created);

    if (!status.equals("success")) {
      // an unfinished run: its definitions where readable, nothing reported about its results
      JsonObject quiet = JsonObject.root(doc, new Problems());
      List<EvalDefinition> evals = quiet.object("results")
          .map(results -> scorers(results, evalId, task).stream().map(InspectLogImporter::definition).toList())
          .orElse(List.of());
      if (evals.isEmpty()) {
        evals = List.of(new EvalDefinition(evalId, task, "accuracy", Category.CAPABILITY, Direction.HIGHER_IS_BETTER,
            eval.place("task")));
      }
      JsonNode results = doc.root().path("results");
      String detail = results.has("completed_samples") && results.has("total_samples")
          ? results.get("completed_samples").asText() + " of " + results.get("total_samples").asText()
              + " samples completed; not counted in any rate"
          : "not counted in any rate";
      List<IncompleteRun> incomplete = evals.stream()
          .map(e -> new IncompleteRun(e.id(), model.id(), status, detail, doc.place("/status")))
          .toList();
      return Optional.of(new ImportedResults(List.of(model), evals, List.of(), List.of(), incomplete));
    }

    JsonObject results = root.requireObject("results");
    if (results == null) {
      return Optional.empty();
    }
    List<EvalDefinition> evals = new ArrayList<>();
    List<Scorer> kept = new ArrayList<>();
    List<Measurement> measured = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Scorer s : scorers(results, evalId, task)) {
      Measurement m = measure(doc.root(), eval, results, s, skipped);
      if (m != null) {
        evals.add(definition(s));
        kept.add(s);
        measured.add(m);
      }
    }
    if (kept.isEmpty() && !skipped.isEmpty()) {
      results.fail("scores", "/results/scores: no scorer could be imported: " + String.join("; ", skipped));
      return Optional.empty();
    }
    // Like the lm-evaluation-harness importer: a scorer without a usable stderr is left out and named in the
    // notes of what was imported, rather than failing the build over a log Inspect wrote normally.
    String left = skipped.isEmpty() ? "" : " Not imported: " + String.join("; ", skipped) + ".";
    List<EvalResult> imported = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Scorer s = kept.get(i);
      RunInfo run = new RunInfo(created, Optional.of(s.label()), Optional.of(notes(eval) + left));
      ResultRow row = new ResultRow(Condition.NONE, measured.get(i), s.metric().place("value"));
      imported.add(new EvalResult(s.evalId(), model.id(), run, List.of(row), s.item().place()));
    }
    if (imported.isEmpty()) {
      return Optional.empty();
    }
    ImportedResults out = new ImportedResults(List.of(model), evals, imported, List.of());
    return Optional.of(samples == null ? out : out.withSampleLogs(List.of(sampleLog(doc.root(), eval, samples,
        model.id(), kept, measured))));
  }

  /** The samples of a successful log, with what each eval's records must add up to. */
  private static InspectSampleLog sampleLog(JsonNode log, JsonObject eval, SampleFile file, String modelId,
      List<Scorer> kept, List<Measurement> measured) {
    long epochs = epochs(eval);
    List<InspectSampleMapper.ScorerEval> evals = new ArrayList<>();
    List<InspectSampleLog.Expected> expected = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Scorer s = kept.get(i);
      evals.add(new InspectSampleMapper.ScorerEval(s.evalId(), s.entry(), s.index() == 0));
      expected.add(expected(log, s, measured.get(i), epochs));
    }
    return new InspectSampleLog(file.file(), file.shown(), file.zip(), new InspectSampleMapper(modelId, epochs, evals),
        expected);
  }

  private static InspectSampleLog.Expected expected(JsonNode log, Scorer s, Measurement m, long epochs) {
    long n = m instanceof Counts c ? c.n() : ((Score) m).n();
    String samples = epochs == 1 ? n + " samples" : n + " samples × " + epochs + " epochs (" + n * epochs + " records)";
    if (m instanceof Counts c && (epochs == 1 || InspectSampleValues.meanReducer(log, s.entry()))) {
      // reduced by the mean to correct or incorrect, a sample has that value in every epoch
      return new InspectSampleLog.Expected(s.evalId(), n * epochs, java.util.OptionalLong.of(c.k() * epochs),
          samples + ", " + c.k() + " correct" + (epochs == 1 ? "" : " in every epoch"));
    }
    return new InspectSampleLog.Expected(s.evalId(), n * epochs, java.util.OptionalLong.empty(), samples);
  }

  // ---- eval, model and run ----

  /** The eval id of a task name, or null with a problem when it breaks the id rules (a reserved name). */
  private static String evalId(JsonObject eval, String task) {
    String id = InspectEvalIds.ofTask(task, epochs(eval));
    if (!Ids.isNested(id)) {
      eval.fail("task", eval.pointerOf("task") + ": expected a task name that gives an eval id of "
          + Ids.NESTED_RULE + " (at most 100 characters each), got \"" + task + "\" (eval id \"" + id + "\")");
      return null;
    }
    return id;
  }

  /** {@code eval.config.epochs} when it is an integer > 1, else 1. */
  static long epochs(JsonObject eval) {
    JsonNode epochs = eval.raw("config") == null ? null : eval.raw("config").get("epochs");
    return epochs != null && epochs.isIntegralNumber() && epochs.asLong() > 1 ? epochs.asLong() : 1;
  }

  /** The date of {@code eval.created}, as written; empty when absent. */
  private static Optional<LocalDate> created(JsonObject eval) {
    Optional<String> text = eval.text("created");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String s = text.get().trim();
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(s).toLocalDate());
      } catch (DateTimeParseException notLocal) {
        try {
          return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException notDate) {
          eval.fail("created", eval.pointerOf("created")
              + ": expected a date and time like 2025-05-12T20:28:13-04:00, got \"" + text.get() + "\"");
          return Optional.empty();
        }
      }
    }
  }

  private static String notes(JsonObject eval) {
    JsonNode runId = eval.raw("run_id");
    return "Imported from an Inspect AI eval log"
        + (runId != null && runId.isTextual() && !runId.textValue().isBlank() ? " (run " + runId.textValue() + ")" : "")
        + ".";
  }

  private static EvalDefinition definition(Scorer s) {
    return new EvalDefinition(s.evalId(), s.title(), s.metricKey(), Category.CAPABILITY,
        Direction.HIGHER_IS_BETTER, s.item().place());
  }

  // ---- scorers ----

  /** The readable entries of {@code results.scores}, with their labels and eval ids; others are reported. */
  private static List<Scorer> scorers(JsonObject results, String evalId, String task) {
    List<JsonObject> items = results.requireObjects("scores");
    if (results.has("scores") && results.raw("scores").isArray() && results.raw("scores").isEmpty()) {
      results.fail("scores", results.pointerOf("scores") + ": expected at least one scorer");
    }
    boolean several = results.has("scores") && results.raw("scores").isArray() && results.raw("scores").size() > 1;
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
        metrics.fail(null, metrics.pointer() + ": scorer \"" + label + "\" has no metric to import: expected a"
            + " metric such as \"accuracy\" or \"mean\"");
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
          item.fail("name", item.pointerOf("name") + ": expected a scorer name that gives an eval id of "
              + Ids.NESTED_RULE + ", got \"" + entries.get(i).name() + "\" (eval id \"" + id + "\")");
          continue;
        }
      }
      int index = Integer.parseInt(item.pointer().substring(item.pointer().lastIndexOf('/') + 1));
      scorers.add(new Scorer(index, item, entries.get(i), metrics, metricKey, metric.get(), label, id, title));
    }
    return scorers;
  }

  /** Each entry's name, with its reducer appended when another entry has the same name. */
  private static List<String> labels(List<Entry> entries) {
    Map<String, Integer> names = new HashMap<>();
    entries.forEach(e -> names.merge(e.name(), 1, Integer::sum));
    return entries.stream()
        .map(e -> names.get(e.name()) > 1 && e.reducer() != null ? e.name() + "-" + e.reducer() : e.name())
        .toList();
  }

  /** {@code accuracy}, else {@code mean}, else the first metric that is not a spread; null when none. */
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

  // ---- measurements ----

  /** Counts when the entry is binary and agrees with the log, else a score; null (reported) when neither. */
  private static Measurement measure(JsonNode log, JsonObject eval, JsonObject results, Scorer s,
      List<String> skipped) {
    Double value = finite(s.metric().raw("value"));
    Optional<Tally> tally = InspectSampleValues.binaryCounts(log, s.entry(), s.index() == 0);
    if (tally.isPresent() && value != null && Math.abs((double) tally.get().k() / tally.get().n() - value) <= SAME) {
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
        metric.fail("value", metric.pointerOf("value") + ": expected a value between -1e15 and 1e15, got " + v);
        return null;
      }
    }
    Long n = sampleCount(log, eval, results, s);
    return n == null ? null : new Score(mean, stderr, n);
  }

  /** The entry's finite, non-negative {@code stderr} metric, or null with a problem naming the scorer. */
  private static Double stderr(Scorer s, List<String> skipped) {
    if (!s.metrics().has("stderr")) {
      skipped.add("scorer \"" + s.label() + "\" (its samples are not all 0/1 or C/I, so it needs a \"stderr\""
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
      skipped.add("scorer \"" + s.label() + "\" (its samples are not all 0/1 or C/I, so it needs a numeric"
          + " \"stderr\" as a score, got " + JsonObject.describe(v) + ")");
      return null;
    }
    if (stderr < 0) {
      metric.get().fail("value", metric.get().pointerOf("value") + ": expected a standard error >= 0 for scorer \""
          + s.label() + "\", got " + stderr);
      return null;
    }
    return stderr;
  }


  /**
   * The number of samples the entry's metrics were computed over: its {@code scored_samples}, else the size of
   * its reductions, else completed (or total) samples divided by the number of epochs.
   */
  private static Long sampleCount(JsonNode log, JsonObject eval, JsonObject results, Scorer s) {
    Long n;
    String field;
    JsonObject where;
    Optional<Long> reduced = InspectSampleValues.reducedSampleCount(log, s.entry()).filter(c -> c > 0);
    if (s.item().has("scored_samples")) {
      n = s.item().integer("scored_samples", 1);
      where = s.item();
      field = "scored_samples";
    } else if (reduced.isPresent()) {
      return reduced.get();
    } else {
      field = results.has("completed_samples") ? "completed_samples" : "total_samples";
      if (!results.has(field)) {
        results.fail(null, "missing field \"completed_samples\" in " + results.pointer()
            + ": expected the number of samples of scorer \"" + s.label() + "\"");
        return null;
      }
      where = results;
      n = results.integer(field, 1);
      Long epochs = eval.object("config").filter(c -> c.has("epochs")).map(c -> c.integer("epochs", 1)).orElse(1L);
      if (n == null || epochs == null) {
        return null;
      }
      if (n % epochs != 0) {
        results.fail(field, results.pointerOf(field) + ": expected a multiple of the " + epochs
            + " epochs of eval.config.epochs, got " + n);
        return null;
      }
      n = n / epochs;
    }
    if (n != null && n > Counts.MAX_N) {
      where.fail(field, where.pointerOf(field) + ": expected a sample size <= " + Counts.MAX_N + ", got " + n);
      return null;
    }
    return n;
  }

  /** A finite number, or null for anything else (text such as "N/A", NaN, null, absent). */
  private static Double finite(JsonNode v) {
    return v != null && v.isNumber() && Double.isFinite(v.doubleValue()) ? v.doubleValue() : null;
  }
}
