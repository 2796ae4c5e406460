package dev.evalpress.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The metric values recorded at one training step. A metric may be absent at a step. */
public record TrainingPoint(long step, SortedMap<String, Measurement> values) {

  public TrainingPoint {
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  public Optional<Measurement> value(String metric) {
    return Optional.ofNullable(values.get(metric));
  }

  static TrainingPoint of(long step, Map<String, Measurement> values) {
    return new TrainingPoint(step, new TreeMap<>(values));
  }
}
