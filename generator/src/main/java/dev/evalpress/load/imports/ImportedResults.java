package dev.evalpress.load.imports;

import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.IncompleteRun;
import dev.evalpress.model.TrainingRun;
import java.util.List;

/**
 * What an importer read from one file (or folder): the models it names, the evals it defines, their results
 * on those models, and training runs. A run that did not complete (cancelled, error) contributes its model
 * and eval definitions and an {@link IncompleteRun}, never results, so it never mixes with complete runs
 * but is still shown. {@code sampleLogs} are the per-sample records behind the results, where the framework
 * wrote them, read later for the transcript viewer.
 */
public record ImportedResults(List<ImportedModel> models, List<EvalDefinition> evals, List<EvalResult> results,
    List<TrainingRun> runs, List<IncompleteRun> incomplete, List<ImportedSampleLog> sampleLogs) {

  public ImportedResults {
    models = List.copyOf(models);
    evals = List.copyOf(evals);
    results = List.copyOf(results);
    runs = List.copyOf(runs);
    incomplete = List.copyOf(incomplete);
    sampleLogs = List.copyOf(sampleLogs);
  }

  /** Results without per-sample records. */
  public ImportedResults(List<ImportedModel> models, List<EvalDefinition> evals, List<EvalResult> results,
      List<TrainingRun> runs, List<IncompleteRun> incomplete) {
    this(models, evals, results, runs, incomplete, List.of());
  }

  /** The same results with the per-sample records behind them. */
  public ImportedResults withSampleLogs(List<ImportedSampleLog> logs) {
    return new ImportedResults(models, evals, results, runs, incomplete, logs);
  }

  /** Results of runs that all completed. */
  public ImportedResults(List<ImportedModel> models, List<EvalDefinition> evals, List<EvalResult> results,
      List<TrainingRun> runs) {
    this(models, evals, results, runs, List.of());
  }
}
