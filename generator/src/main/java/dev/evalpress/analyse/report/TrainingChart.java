package dev.evalpress.analyse.report;

import dev.evalpress.analyse.MetricSeries;
import dev.evalpress.model.ChartSpec;
import java.util.Map;

/**
 * A training chart: one metric's series for each run, by the label the legend shows, in the spec's
 * order.
 */
public record TrainingChart(ChartSpec spec, Map<String, MetricSeries> series)
    implements ResolvedBlock {}
