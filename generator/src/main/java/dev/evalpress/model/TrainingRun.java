package dev.evalpress.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A training run's metrics over steps, points sorted by step. */
public record TrainingRun(
    String id,
    String title,
    Optional<String> model,
    Optional<String> method,
    Optional<String> base,
    Map<String, MetricDefinition> metrics,
    List<TrainingPoint> points,
    Source source) {

  public TrainingRun {
    metrics = Map.copyOf(metrics);
    points = List.copyOf(points);
  }
}
