package dev.evalpress.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * The metric across versions in release order: points joined by a line, with CI whiskers.
 *
 * @param valueLabel the value-axis label (untrusted text)
 * @param scale how values are shown on the value axis
 * @param values one entry per version, in release order
 */
public record TrendChartData(String valueLabel, ValueScale scale, List<IntervalValue> values)
        implements ChartData {

    /** Validates and defensively copies the values. */
    public TrendChartData {
        Objects.requireNonNull(valueLabel, "valueLabel");
        Objects.requireNonNull(scale, "scale");
        values = Checks.copy(values, "values");
    }
}
