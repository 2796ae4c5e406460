package dev.evalpress.analyse.report;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.MetricSeries;
import dev.evalpress.analyse.RunSummary;
import dev.evalpress.model.ChartSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a {@code chart} block: an eval chart's selection, or a training chart's runs and metric.
 */
final class ChartResolver {

  private ChartResolver() {}

  static Optional<ResolvedBlock> resolve(ChartSpec spec, Analysis analysis, SpecFailures failures) {
    if ("training".equals(spec.type())) {
      return training(spec, analysis, failures);
    }
    if (spec.selection() == null) {
      return Optional.empty();
    }
    Optional<EvalSelection> selection = EvalSelection.resolve(spec.selection(), analysis, failures);
    return selection
        .filter(s -> spec.wellFormed() && !failures.any())
        .map(s -> new EvalChart(spec, s));
  }

  private static Optional<ResolvedBlock> training(
      ChartSpec spec, Analysis analysis, SpecFailures failures) {
    if (spec.metric() == null || spec.runs().isEmpty()) {
      return Optional.empty();
    }
    Map<String, MetricSeries> series = new LinkedHashMap<>();
    for (String id : spec.runs().get()) {
      Optional<RunSummary> run = analysis.run(id);
      if (run.isEmpty()) {
        failures.fail(
            "runs",
            "unknown training run \""
                + id
                + "\"; known runs: "
                + analysis.runs().stream().map(r -> r.run().id()).toList());
        continue;
      }
      Optional<MetricSeries> m = run.get().metric(spec.metric());
      if (m.isEmpty()) {
        failures.fail(
            "metric",
            "training run \""
                + id
                + "\" has no metric \""
                + spec.metric()
                + "\"; its metrics: "
                + run.get().metrics().stream().map(s -> s.metric().name()).toList());
        continue;
      }
      // Keyed by id (titles may repeat); two runs with one title are told apart by their ids.
      String title = run.get().run().title();
      boolean shared =
          analysis.runs().stream().filter(x -> x.run().title().equals(title)).count() > 1;
      series.put(shared ? title + " (" + id + ")" : title, m.get());
    }
    return spec.wellFormed() && !failures.any()
        ? Optional.of(new TrainingChart(spec, series))
        : Optional.empty();
  }
}
