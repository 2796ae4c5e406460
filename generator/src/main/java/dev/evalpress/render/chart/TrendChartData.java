package dev.evalpress.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * The metric across versions in release order: one series per model family, each drawn as points
 * joined by a line, with CI whiskers. {@code series.get(i)} names the series of {@code
 * values.get(i)}; values are in release order along one shared category axis.
 *
 * <p>A series' line joins each of its points to its previous point only, spanning the categories of
 * other series in between; it never connects to another series' points. Series are told apart by
 * their exact name, get colours in order of first appearance and are named in a legend when there
 * is more than one.
 *
 * @param valueLabel the value-axis label (untrusted text)
 * @param scale how values are shown on the value axis
 * @param values one entry per version, in release order
 * @param series the series (model family) of each value, same size as {@code values}; names are
 *     untrusted text and must not be blank
 */
public record TrendChartData(
    String valueLabel, ValueScale scale, List<IntervalValue> values, List<String> series)
    implements ChartData {

  /** Validates and defensively copies the lists. */
  public TrendChartData {
    Objects.requireNonNull(valueLabel, "valueLabel");
    Objects.requireNonNull(scale, "scale");
    values = Checks.copy(values, "values");
    series = Checks.copy(series, "series");
    if (series.size() != values.size()) {
      throw new IllegalArgumentException(
          "series has "
              + series.size()
              + " names for "
              + values.size()
              + " values; need one per value");
    }
    for (int i = 0; i < series.size(); i++) {
      if (Text.clean(series.get(i)).isEmpty()) {
        throw new IllegalArgumentException("series name " + i + " is blank");
      }
    }
  }
}
