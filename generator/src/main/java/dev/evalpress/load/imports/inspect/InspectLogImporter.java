package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.ImportContext;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.JsonDocumentImporter;
import dev.evalpress.load.imports.inspect.InspectScorers.Scorer;
import dev.evalpress.load.internal.Ids;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.IncompleteRun;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.ResultRow;
import dev.evalpress.model.RunInfo;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports an <a href="https://inspect.aisi.org.uk/eval-logs.html">Inspect AI</a> eval log in its
 * JSON form (log format version 2, as written by {@code inspect eval --log-format json} or {@code
 * inspect log convert}), and, through {@link InspectEvalZip}, its {@code .eval} zip form (log
 * format version 2, or 3 with chunked samples). This class is the reading; the mapping is in {@link
 * InspectRun} (status, model, run identity), {@link InspectEvalIds} (eval ids), {@link
 * InspectScorers} (one eval per entry of {@code results.scores}), {@link InspectMeasurements}
 * (counts or a score) and {@link InspectSampleCounts} (sample sizes).
 *
 * <h2>Recognition</h2>
 *
 * A JSON object without a v1 {@code kind}, with {@code "version"} 2 or 3 and an {@code eval} object
 * that has a {@code task}. ({@code eval.model} is not needed to recognise a log, so that a log
 * without it is reported as such rather than as a file of no known format.)
 *
 * <h2>Status</h2>
 *
 * Only a {@code success} log with at least one importable entry contributes results: one per entry,
 * with no condition ({@link Condition#NONE}); the run's date is the date of {@code eval.created},
 * its grader the entry's label, its notes name Inspect, the run id and the entries left out. A
 * {@code started}, {@code cancelled} or {@code error} log contributes its model, its eval
 * definitions where its {@code results.scores} can be read, and an {@link IncompleteRun} with its
 * status, but no results (an unfinished run's rates should never mix with complete runs); its
 * results are not checked, and its status is not a problem. A {@code success} log with no scorer,
 * or none that can be imported, is the same with the status {@code not scored} and a {@link
 * ResultNote.Kind#LEFT_OUT} note saying why: a run that was never scored is not a broken file.
 *
 * <h2>Samples</h2>
 *
 * A successful log also gives its samples as records for the transcript viewer ({@link
 * InspectSampleLog}, {@link InspectSampleMapper}), one per sample × epoch × imported scorer,
 * checked to add up to the imported result. They never change a rate. A JSON log's samples are
 * nearly all its bytes, so the loader parses it without them ({@link LocatedJson#skipped()}): what
 * the measurements need of them is read in one streaming pass ({@link InspectSamples}), and the
 * transcripts in another.
 *
 * <h2>Problems</h2>
 *
 * Every problem is reported at the place of the value at fault (by JSON pointer) with what was
 * expected. Per- sample data ({@code samples}, {@code reductions}) only decides between counts and
 * a score and whether a score is bounded: anything unexpected there makes an entry an unbounded
 * score rather than a problem.
 */
public final class InspectLogImporter implements JsonDocumentImporter {

  /** The status of a log that ran to the end but has no result that can be imported. */
  static final String NOT_SCORED = "not scored";

  @Override
  public String format() {
    return "Inspect AI eval log (JSON, log format version 2 or 3)";
  }

  @Override
  public boolean recognizes(JsonNode root) {
    if (root == null || !root.isObject() || root.has("kind")) {
      return false;
    }
    JsonNode version = root.get("version");
    JsonNode eval = root.get("eval");
    return readsVersion(version) && eval != null && eval.isObject() && eval.has("task");
  }

  /**
   * Log format versions 2 and 3. Version 3 is what Inspect stamps on a {@code .eval} log holding
   * chunked samples ({@link InspectSampleLog}); its header, reductions and summaries have the
   * fields of version 2.
   */
  static boolean readsVersion(JsonNode version) {
    return version != null
        && version.isIntegralNumber()
        && version.canConvertToInt()
        && (version.intValue() == 2 || version.intValue() == 3);
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
    boolean hasSamples =
        samples != null && samples.isArray() && !samples.isEmpty()
            || doc.skipped()
                .filter(s -> s.field().equals("samples") && s.elements() > 0)
                .isPresent();
    return read(doc, problems, hasSamples ? new SampleFile(file, doc.path(), false) : null);
  }

  /** Where a log's samples are: a JSON log, or a {@code .eval} zip shown as {@code shown}. */
  record SampleFile(Path file, String shown, boolean zip) {}

  /**
   * Reads a log; with {@code samples}, a successful log also gives its samples (one record per
   * sample × epoch × imported scorer), to be streamed from that file later. Cancelled, error and
   * unfinished logs give none: their transcripts would sit beside rates they are not part of.
   */
  Optional<ImportedResults> read(LocatedJson doc, Problems problems, SampleFile samples) {
    JsonObject root = JsonObject.root(doc, problems);
    if (root == null) {
      return Optional.empty();
    }
    InspectRun run = InspectRun.read(root);
    if (run == null) {
      return Optional.empty();
    }
    JsonObject eval = root.nested("eval");
    String evalId = evalId(eval, run.task());
    if (evalId == null) {
      return Optional.empty();
    }
    Optional<ImportedResults> read =
        run.succeeded()
            ? readScored(doc, root, eval, run, evalId, samples, problems)
            : Optional.of(unfinished(doc, run, evalId, run.status(), "", doc.place("/status")));
    return read.map(r -> r.withRun(run.id(), run.started()));
  }

  /**
   * The results of a successful log; a log without any importable entry is a run that was not
   * scored.
   */
  private static Optional<ImportedResults> readScored(
      LocatedJson doc,
      JsonObject root,
      JsonObject eval,
      InspectRun run,
      String evalId,
      SampleFile samples,
      Problems problems) {
    if (!root.has("results") || root.raw("results").isNull()) {
      return Optional.of(
          unfinished(
              doc, run, evalId, NOT_SCORED, "the log has no scorer (no results); ", root.place()));
    }
    JsonObject results = root.requireObject("results");
    if (results == null) {
      return Optional.empty();
    }
    JsonNode scores = results.raw("scores");
    if (scores == null || scores.isNull() || scores.isArray() && scores.isEmpty()) {
      String why =
          scores == null || scores.isNull() ? "no results.scores" : "results.scores is empty";
      return Optional.of(
          unfinished(
              doc,
              run,
              evalId,
              NOT_SCORED,
              "the log has no scorer (" + why + "); ",
              scores == null ? results.place() : results.place("scores")));
    }
    if (!scores.isArray()) {
      results.requireObjects("scores");
      return Optional.empty();
    }
    List<String> skipped = new ArrayList<>();
    List<Scorer> kept = new ArrayList<>();
    List<Measurement> measured = new ArrayList<>();
    List<Scorer> scorers = InspectScorers.read(results, evalId, run.task(), skipped);
    InspectSamples perSample = new InspectSamples(doc, scorers, problems);
    for (Scorer s : scorers) {
      Measurement m = InspectMeasurements.measure(doc.root(), perSample, eval, results, s, skipped);
      if (m != null) {
        kept.add(s);
        measured.add(m);
      }
    }
    if (kept.isEmpty()) {
      if (root.failed() || skipped.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          unfinished(
              doc,
              run,
              evalId,
              NOT_SCORED,
              "no scorer could be imported: " + String.join("; ", skipped) + "; ",
              results.place("scores")));
    }
    // Like the lm-evaluation-harness importer: a scorer without a usable stderr is left out and
    // named in the
    // notes of what was imported, rather than failing the build over a log Inspect wrote normally.
    String left = skipped.isEmpty() ? "" : " Not imported: " + String.join("; ", skipped) + ".";
    List<EvalResult> imported = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Scorer s = kept.get(i);
      RunInfo info =
          new RunInfo(run.date(), Optional.of(s.label()), Optional.of(run.notes() + left));
      ResultRow row = new ResultRow(Condition.NONE, measured.get(i), s.metric().place("value"));
      imported.add(
          new EvalResult(s.evalId(), run.model().id(), info, List.of(row), s.item().place()));
    }
    List<EvalDefinition> evals = kept.stream().map(Scorer::definition).toList();
    // an accuracy is higher-is-better; any other metric (a mean of a model-graded score) could be
    // either way
    List<ResultNote> assumed =
        kept.stream()
            .filter(s -> !s.metricKey().equals("accuracy"))
            .map(
                s ->
                    ResultNote.ofEval(
                        ResultNote.Kind.DIRECTION_ASSUMED,
                        s.evalId(),
                        Optional.empty(),
                        "Direction assumed higher-is-better: Inspect logs do not say which way is better, and \""
                            + s.metricKey()
                            + "\" is not an accuracy; set it under evals: in evalpress.yaml.",
                        s.metric().place("value")))
            .toList();
    ImportedResults out =
        new ImportedResults(List.of(run.model()), evals, imported, List.of())
            .withUnsizedAndNotes(List.of(), assumed);
    return Optional.of(
        samples == null
            ? out
            : out.withSampleLogs(
                List.of(sampleLog(doc.root(), eval, samples, run.model().id(), kept, measured))));
  }

  /**
   * A run that contributes no results: its model, its eval definitions where {@code results.scores}
   * can be read (else the task's eval), and an incomplete run per eval with {@code status} and
   * {@code why} (empty, or a sentence fragment ending in "; "). A run that was not scored also gets
   * a note saying why.
   */
  private static ImportedResults unfinished(
      LocatedJson doc, InspectRun run, String evalId, String status, String why, Source where) {
    // read quietly: an unfinished run's results are not checked
    JsonObject quiet = JsonObject.root(doc, new Problems());
    List<EvalDefinition> evals =
        quiet
            .object("results")
            .filter(results -> results.raw("scores") != null && results.raw("scores").isArray())
            .map(
                results ->
                    InspectScorers.read(results, evalId, run.task(), new ArrayList<>()).stream()
                        .map(Scorer::definition)
                        .toList())
            .orElse(List.of());
    if (evals.isEmpty()) {
      evals =
          List.of(
              new EvalDefinition(
                  evalId,
                  run.task(),
                  "accuracy",
                  Category.CAPABILITY,
                  Direction.HIGHER_IS_BETTER,
                  doc.place("/eval/task")));
    }
    String detail = why + InspectSampleCounts.completed(doc.root()) + "not counted in any rate";
    List<IncompleteRun> incomplete =
        evals.stream()
            .map(e -> new IncompleteRun(e.id(), run.model().id(), status, detail, where))
            .toList();
    List<ResultNote> notes =
        !status.equals(NOT_SCORED)
            ? List.of()
            : evals.stream()
                .map(
                    e ->
                        ResultNote.ofEval(
                            ResultNote.Kind.LEFT_OUT,
                            e.id(),
                            Optional.of(run.model().id()),
                            "The Inspect run of "
                                + run.model().frameworkName()
                                + " on "
                                + run.task()
                                + " finished but was not"
                                + " scored: "
                                + detail
                                + ".",
                            where))
                .toList();
    return new ImportedResults(List.of(run.model()), evals, List.of(), List.of(), incomplete)
        .withUnsizedAndNotes(List.of(), notes);
  }

  /**
   * The eval id of a task name, or null with a problem when it breaks the id rules (a reserved
   * name).
   */
  private static String evalId(JsonObject eval, String task) {
    String id = InspectEvalIds.ofTask(task, InspectSampleCounts.epochs(eval));
    if (!Ids.isNested(id)) {
      eval.fail(
          "task",
          eval.pointerOf("task")
              + ": expected a task name that gives an eval id of "
              + Ids.NESTED_RULE
              + " (at most 100 characters each), got \""
              + task
              + "\" (eval id \""
              + id
              + "\")");
      return null;
    }
    return id;
  }

  /** The samples of a successful log, with what each eval's records must add up to. */
  private static InspectSampleLog sampleLog(
      JsonNode log,
      JsonObject eval,
      SampleFile file,
      String modelId,
      List<Scorer> kept,
      List<Measurement> measured) {
    long epochs = InspectSampleCounts.epochs(eval);
    List<InspectSampleMapper.ScorerEval> evals = new ArrayList<>();
    List<InspectSampleLog.Expected> expected = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Scorer s = kept.get(i);
      evals.add(new InspectSampleMapper.ScorerEval(s.evalId(), s.entry(), s.first()));
      expected.add(InspectSampleCounts.expected(log, s, measured.get(i), epochs));
    }
    return new InspectSampleLog(
        file.file(),
        file.shown(),
        file.zip(),
        new InspectSampleMapper(modelId, epochs, evals),
        expected);
  }
}
