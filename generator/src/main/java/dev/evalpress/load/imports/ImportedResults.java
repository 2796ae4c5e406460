package dev.evalpress.load.imports;

import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.IncompleteRun;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.TrainingRun;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an importer read from one file (or folder): the models it names, the evals it defines, their
 * results on those models, and training runs. A run that did not complete (cancelled, error)
 * contributes its model and eval definitions and an {@link IncompleteRun}, never results, so it
 * never mixes with complete runs but is still shown. {@code sampleLogs} are the per-sample records
 * behind the results, where the framework wrote them, read later for the transcript viewer.
 *
 * <p>{@code runId} identifies the run the file records, the same in every form of it (an Inspect
 * log's {@code .json} and {@code .eval}); {@code started} is the run's own timestamp, which orders
 * reruns. Both are empty when the format has none. {@code unsized} are results whose every row is a
 * {@link dev.evalpress.model.Score} with {@code n = 0}: the file gives no sample size, which the
 * loader takes from the same eval's other results (same eval, same n) or else leaves them out with
 * a note. {@code notes} say what was left out or assumed, and why.
 */
public record ImportedResults(
    List<ImportedModel> models,
    List<EvalDefinition> evals,
    List<EvalResult> results,
    List<TrainingRun> runs,
    List<IncompleteRun> incomplete,
    List<ImportedSampleLog> sampleLogs,
    Optional<String> runId,
    Optional<Instant> started,
    List<EvalResult> unsized,
    List<ResultNote> notes) {

  public ImportedResults {
    models = List.copyOf(models);
    evals = List.copyOf(evals);
    results = List.copyOf(results);
    runs = List.copyOf(runs);
    incomplete = List.copyOf(incomplete);
    sampleLogs = List.copyOf(sampleLogs);
    unsized = List.copyOf(unsized);
    notes = List.copyOf(notes);
  }

  /** Results without per-sample records, run identity, unsized results or notes. */
  public ImportedResults(
      List<ImportedModel> models,
      List<EvalDefinition> evals,
      List<EvalResult> results,
      List<TrainingRun> runs,
      List<IncompleteRun> incomplete) {
    this(
        models,
        evals,
        results,
        runs,
        incomplete,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  /** Results of runs that all completed. */
  public ImportedResults(
      List<ImportedModel> models,
      List<EvalDefinition> evals,
      List<EvalResult> results,
      List<TrainingRun> runs) {
    this(models, evals, results, runs, List.of());
  }

  /** The same results with the per-sample records behind them. */
  public ImportedResults withSampleLogs(List<ImportedSampleLog> logs) {
    return new ImportedResults(
        models, evals, results, runs, incomplete, logs, runId, started, unsized, notes);
  }

  /** The same results as the run {@code id}, started at {@code at} (either may be empty). */
  public ImportedResults withRun(Optional<String> id, Optional<Instant> at) {
    return new ImportedResults(
        models, evals, results, runs, incomplete, sampleLogs, id, at, unsized, notes);
  }

  /** The same results with {@code more} unsized results and notes. */
  public ImportedResults withUnsizedAndNotes(
      List<EvalResult> moreUnsized, List<ResultNote> moreNotes) {
    List<EvalResult> u = new java.util.ArrayList<>(unsized);
    u.addAll(moreUnsized);
    List<ResultNote> n = new java.util.ArrayList<>(notes);
    n.addAll(moreNotes);
    return new ImportedResults(
        models, evals, results, runs, incomplete, sampleLogs, runId, started, u, n);
  }
}
