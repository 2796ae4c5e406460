package dev.evalpress.analyse;

import dev.evalpress.model.Condition;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalResult;
import dev.evalpress.model.IdIndexedList;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.Results;
import dev.evalpress.model.SampleLibrary;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.model.TrainingRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the render stage shows, computed once from the results and settings: a summary per
 * eval, per model version (compared with its predecessor), per training run, and the dashboard of
 * tracked evals. Immutable.
 */
public record Analysis(
    Results results,
    SiteSettings settings,
    Map<String, EvalSummary> evals,
    List<ModelSummary> models,
    List<RunSummary> runs,
    List<DashboardRow> dashboard,
    SampleLibrary samples) {

  public Analysis {
    evals = Collections.unmodifiableMap(new TreeMap<>(evals));
    models = IdIndexedList.of(models, m -> m.model().id());
    runs = List.copyOf(runs);
    dashboard = List.copyOf(dashboard);
  }

  /** The analysis of results (summary files merged with sample logs) and the samples to publish. */
  public static Analysis of(Results results, SiteSettings settings, SampleLibrary samples) {
    Estimator estimator = new Estimator(settings.statistics());
    Comparer comparer = new Comparer(settings.statistics());
    Map<String, EvalSummary> evals = new TreeMap<>();
    // grouped once: a scan of every result per eval and model grows as evals × models × results
    Map<String, Map<String, List<EvalResult>>> byEvalAndModel = new HashMap<>();
    for (EvalResult r : results.evalResults()) {
      byEvalAndModel
          .computeIfAbsent(r.evalId(), k -> new HashMap<>())
          .computeIfAbsent(r.modelId(), k -> new ArrayList<>())
          .add(r);
    }
    for (EvalDefinition eval : results.evals().values()) {
      evals.put(
          eval.id(),
          summarise(eval, results, byEvalAndModel.getOrDefault(eval.id(), Map.of()), estimator));
    }
    IdIndexedList<ModelSummary> models =
        IdIndexedList.of(
            results.models().stream()
                .map(m -> ModelComparer.compare(m, results, evals, estimator, comparer, settings))
                .toList(),
            m -> m.model().id());
    List<RunSummary> runs = results.runs().stream().map(r -> summarise(r, estimator)).toList();
    List<DashboardRow> dashboard =
        evals.values().stream()
            .filter(
                e -> settings.tracked().isEmpty() || settings.tracked(e.eval().id()).isPresent())
            .map(e -> Dashboard.row(e, models))
            .toList();
    return new Analysis(results, settings, evals, models, runs, dashboard, samples);
  }

  public Optional<EvalSummary> eval(String id) {
    return Optional.ofNullable(evals.get(id));
  }

  /** A model version's comparisons with its predecessor. */
  public Optional<ModelSummary> model(String id) {
    return ((IdIndexedList<ModelSummary>) models).byId(id);
  }

  public Optional<RunSummary> run(String id) {
    return runs.stream().filter(r -> r.run().id().equals(id)).findFirst();
  }

  /** The estimator and comparer this analysis used, for references that compare on request. */
  public Estimator estimator() {
    return new Estimator(settings.statistics());
  }

  public Comparer comparer() {
    return new Comparer(settings.statistics());
  }

  /**
   * The release gate: policy findings for the latest version of each family on each tracked eval
   * (the dashboard's entries). Older versions' findings show on their pages but do not fail the
   * gate.
   */
  public List<PolicyFinding> gateFindings() {
    return dashboard.stream()
        .flatMap(r -> r.entries().stream())
        .flatMap(e -> e.findings().stream())
        .toList();
  }

  private static EvalSummary summarise(
      EvalDefinition eval,
      Results results,
      Map<String, List<EvalResult>> resultsByModel,
      Estimator estimator) {
    List<ModelRates> byModel = new ArrayList<>();
    TreeSet<Condition> conditions = new TreeSet<>();
    for (ModelVersion model : results.models()) {
      List<EvalResult> runs = resultsByModel.getOrDefault(model.id(), List.of());
      if (runs.isEmpty()) {
        continue;
      }
      List<ConditionEstimate> rows =
          runs.stream()
              .flatMap(r -> r.rows().stream())
              .map(
                  row ->
                      new ConditionEstimate(
                          row.condition(), estimator.estimate(row.measurement()), row.source()))
              .sorted((a, b) -> a.condition().compareTo(b.condition()))
              .toList();
      Estimate pooled =
          estimator.pooled(
              runs.stream().flatMap(r -> r.rows().stream()).map(r -> r.measurement()).toList());
      rows.forEach(r -> conditions.add(r.condition()));
      byModel.add(new ModelRates(model, pooled, rows, runs.stream().map(EvalResult::run).toList()));
    }
    return new EvalSummary(eval, byModel, new ArrayList<>(conditions));
  }

  private static RunSummary summarise(TrainingRun run, Estimator estimator) {
    List<MetricSeries> series =
        new TreeMap<>(run.metrics())
            .values().stream()
                .map(
                    metric ->
                        new MetricSeries(
                            metric,
                            run.points().stream()
                                .filter(p -> p.value(metric.name()).isPresent())
                                .map(
                                    p ->
                                        new SeriesPoint(
                                            p.step(),
                                            estimator.estimate(p.value(metric.name()).get())))
                                .toList()))
                .toList();
    return new RunSummary(run, series);
  }
}
