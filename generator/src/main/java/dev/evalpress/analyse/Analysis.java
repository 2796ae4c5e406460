package dev.evalpress.analyse;

import dev.evalpress.model.Condition;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.Results;
import dev.evalpress.model.TrainingRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the render stage shows, computed once from the results: a summary per eval, per model version,
 * per training run, and the dashboard. Immutable.
 */
public record Analysis(
    Results results,
    Map<String, EvalSummary> evals,
    List<ModelSummary> models,
    List<RunSummary> runs,
    List<DashboardRow> dashboard) {

  public Analysis {
    evals = java.util.Collections.unmodifiableMap(new TreeMap<>(evals));
    models = List.copyOf(models);
    runs = List.copyOf(runs);
    dashboard = List.copyOf(dashboard);
  }

  public static Analysis of(Results results) {
    Map<String, EvalSummary> evals = new TreeMap<>();
    for (EvalDefinition eval : results.evals().values()) {
      evals.put(eval.id(), summarise(eval, results));
    }
    List<ModelSummary> models = results.models().stream().map(m -> ModelComparer.compare(m, results, evals)).toList();
    List<RunSummary> runs = results.runs().stream().map(Analysis::summarise).toList();
    List<DashboardRow> dashboard = evals.values().stream().map(e -> Dashboard.row(e, results)).toList();
    return new Analysis(results, evals, models, runs, dashboard);
  }

  public Optional<EvalSummary> eval(String id) {
    return Optional.ofNullable(evals.get(id));
  }

  public Optional<RunSummary> run(String id) {
    return runs.stream().filter(r -> r.run().id().equals(id)).findFirst();
  }

  private static EvalSummary summarise(EvalDefinition eval, Results results) {
    List<ModelRates> byModel = new ArrayList<>();
    TreeSet<Condition> conditions = new TreeSet<>();
    for (ModelVersion model : results.models()) {
      List<EvalResult> runs = results.evalResults().stream()
          .filter(r -> r.evalId().equals(eval.id()) && r.modelId().equals(model.id()))
          .toList();
      if (runs.isEmpty()) {
        continue;
      }
      List<ConditionEstimate> rows = runs.stream()
          .flatMap(r -> r.rows().stream())
          .map(row -> new ConditionEstimate(row.condition(), Estimate.of(row.measurement()), row.source()))
          .sorted((a, b) -> a.condition().compareTo(b.condition()))
          .toList();
      Estimate pooled = Estimate.pooled(runs.stream().flatMap(r -> r.rows().stream()).map(r -> r.measurement())
          .toList());
      rows.forEach(r -> conditions.add(r.condition()));
      byModel.add(new ModelRates(model, pooled, rows, runs.stream().map(EvalResult::run).toList()));
    }
    return new EvalSummary(eval, byModel, new ArrayList<>(conditions));
  }

  private static RunSummary summarise(TrainingRun run) {
    List<MetricSeries> series = new TreeMap<>(run.metrics()).values().stream()
        .map(metric -> new MetricSeries(metric, run.points().stream()
            .filter(p -> p.value(metric.name()).isPresent())
            .map(p -> new SeriesPoint(p.step(), Estimate.of(p.value(metric.name()).get())))
            .toList()))
        .toList();
    return new RunSummary(run, series);
  }
}
