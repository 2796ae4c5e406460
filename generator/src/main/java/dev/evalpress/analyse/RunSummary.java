package dev.evalpress.analyse;

import dev.evalpress.model.TrainingRun;
import java.util.List;
import java.util.Optional;

/** A training run with each of its metrics as a series, metrics in name order. */
public record RunSummary(TrainingRun run, List<MetricSeries> metrics) {

  public RunSummary {
    metrics = List.copyOf(metrics);
  }

  public Optional<MetricSeries> metric(String name) {
    return metrics.stream().filter(m -> m.metric().name().equals(name)).findFirst();
  }
}
