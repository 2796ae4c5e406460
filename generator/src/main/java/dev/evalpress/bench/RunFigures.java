package dev.evalpress.bench;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/** The arithmetic of a comparison: medians of runs and the ratio of one tool's to another's. */
public final class RunFigures {

  private RunFigures() {}

  /** The median of {@code values} (the mean of the middle two for an even count). */
  public static double median(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** The median wall time of {@code runs}, in seconds. */
  public static double medianSeconds(List<Measurement> runs) {
    return median(runs.stream().mapToDouble(Measurement::seconds).toArray());
  }

  /** The median peak RSS of {@code runs} in bytes, empty if any run's peak is unknown. */
  public static OptionalDouble medianPeakRss(List<Measurement> runs) {
    if (runs.isEmpty() || runs.stream().anyMatch(m -> m.peakRssBytes() < 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        median(runs.stream().mapToDouble(m -> (double) m.peakRssBytes()).toArray()));
  }

  /** {@code ours / theirs}: below 1 means ours is smaller (faster, leaner). */
  public static double ratio(double ours, double theirs) {
    if (!(theirs > 0)) {
      throw new IllegalArgumentException("the other figure must be positive, got " + theirs);
    }
    return ours / theirs;
  }
}
