package dev.evalpress.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from {@code results/}, checked for consistency: models in release order, evals
 * by id (sorted), eval results, training runs (sorted by id), imported runs that did not complete,
 * and notes on what was left out, assumed or counted once ({@link ResultNote}).
 */
public record Results(
    List<ModelVersion> models,
    Map<String, EvalDefinition> evals,
    List<EvalResult> evalResults,
    List<TrainingRun> runs,
    List<IncompleteRun> incompleteRuns,
    List<ResultNote> notes) {

  public Results {
    notes = notes.stream().distinct().sorted(ResultNote.ORDER).toList();
    models = IdIndexedList.of(models, ModelVersion::id);
    evals = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(evals));
    evalResults = List.copyOf(evalResults);
    runs = List.copyOf(runs);
    incompleteRuns = List.copyOf(incompleteRuns);
  }

  /** The results without notes. */
  public Results(
      List<ModelVersion> models,
      Map<String, EvalDefinition> evals,
      List<EvalResult> evalResults,
      List<TrainingRun> runs,
      List<IncompleteRun> incompleteRuns) {
    this(models, evals, evalResults, runs, incompleteRuns, List.of());
  }

  /** The notes about one eval, in input order. */
  public List<ResultNote> notesOf(String evalId) {
    return notes.stream().filter(n -> n.evalId().filter(evalId::equals).isPresent()).toList();
  }

  public Optional<ModelVersion> model(String id) {
    return ((IdIndexedList<ModelVersion>) models).byId(id);
  }

  public Optional<EvalDefinition> eval(String id) {
    return Optional.ofNullable(evals.get(id));
  }

  public Optional<TrainingRun> run(String id) {
    return runs.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
