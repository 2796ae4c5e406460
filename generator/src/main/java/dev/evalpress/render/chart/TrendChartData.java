package dev.evalpress.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * The metric across versions in release order: one series per model family, each drawn as points
 * joined by a line, with CI whiskers. {@code series.get(i)} names the series of {@code
 * values.get(i)}; values are in release order along one shared category axis.
 *
 * <p>Lines follow model lines: a point is joined to the point {@code previous.get(i)} (its
 * predecessor version), spanning the categories in between, when that point is of the same series;
 * a point without one starts a new line. So a family's lines (e.g. Haiku, Sonnet, Opus) share its
 * colour but are never joined to each other. Series are told apart by their exact name, get colours
 * in order of first appearance and are named in a legend when there is more than one.
 *
 * @param valueLabel the value-axis label (untrusted text)
 * @param scale how values are shown on the value axis
 * @param values one entry per version, in release order
 * @param series the series (model family) of each value, same size as {@code values}; names are
 *     untrusted text and must not be blank
 * @param previous for each value, the index of the value it is joined to (its predecessor), or -1
 * @param threshold a policy threshold drawn as a dashed line, or NaN for none
 */
public record TrendChartData(
    String valueLabel,
    ValueScale scale,
    List<IntervalValue> values,
    List<String> series,
    List<Integer> previous,
    double threshold)
    implements ChartData {

  /** Each point joined to the previous point of its series; no threshold. */
  public TrendChartData(
      String valueLabel, ValueScale scale, List<IntervalValue> values, List<String> series) {
    this(valueLabel, scale, values, series, previousInSeries(series), Double.NaN);
  }

  /** Joined along {@code previous}; no threshold. */
  public TrendChartData(
      String valueLabel,
      ValueScale scale,
      List<IntervalValue> values,
      List<String> series,
      List<Integer> previous) {
    this(valueLabel, scale, values, series, previous, Double.NaN);
  }

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
    previous = Checks.copy(previous, "previous");
    if (previous.size() != values.size()) {
      throw new IllegalArgumentException("previous needs one index per value");
    }
    for (int p : previous) {
      if (p < -1 || p >= values.size()) {
        throw new IllegalArgumentException("previous index out of range: " + p);
      }
    }
  }

  /** The index of the value joined to value {@code i}, or -1; only within one series. */
  int joinedTo(int i) {
    int p = previous.get(i);
    return p >= 0 && p != i && series.get(p).equals(series.get(i)) ? p : -1;
  }

  /** Whether a threshold line is drawn. */
  boolean hasThreshold() {
    return Double.isFinite(threshold);
  }

  private static List<Integer> previousInSeries(List<String> series) {
    Objects.requireNonNull(series, "series");
    List<Integer> previous = new java.util.ArrayList<>();
    java.util.Map<String, Integer> last = new java.util.HashMap<>();
    for (int i = 0; i < series.size(); i++) {
      Integer p = last.put(series.get(i), i);
      previous.add(p == null ? -1 : p);
    }
    return previous;
  }
}
