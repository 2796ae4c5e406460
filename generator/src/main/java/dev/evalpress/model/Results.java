package dev.evalpress.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from {@code results/}, checked for consistency: models in release order, evals by id
 * (sorted), eval results, training runs (sorted by id), and imported runs that did not complete.
 */
public record Results(
    List<ModelVersion> models,
    Map<String, EvalDefinition> evals,
    List<EvalResult> evalResults,
    List<TrainingRun> runs,
    List<IncompleteRun> incompleteRuns) {

  public Results {
    models = List.copyOf(models);
    evals = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(evals));
    evalResults = List.copyOf(evalResults);
    runs = List.copyOf(runs);
    incompleteRuns = List.copyOf(incompleteRuns);
  }

  public Optional<ModelVersion> model(String id) {
    return models.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public Optional<EvalDefinition> eval(String id) {
    return Optional.ofNullable(evals.get(id));
  }

  public Optional<TrainingRun> run(String id) {
    return runs.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
