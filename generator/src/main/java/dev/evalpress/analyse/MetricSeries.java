package dev.evalpress.analyse;

import dev.evalpress.model.MetricDefinition;
import java.util.List;

/**
 * One metric of a training run over steps, in step order; steps without the metric are left out.
 */
public record MetricSeries(MetricDefinition metric, List<SeriesPoint> points) {

  public MetricSeries {
    points = List.copyOf(points);
  }

  public boolean isRate() {
    return !points.isEmpty() && points.get(0).estimate().isRate();
  }
}
