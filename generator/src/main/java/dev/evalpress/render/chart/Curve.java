package dev.evalpress.render.chart;

import java.util.List;
import java.util.Objects;

/**
 * One training run's curve: raw points, plus EMA-smoothed points (empty when no smoothing).
 *
 * @param name the run name shown in the legend (untrusted text)
 * @param raw the measured points, in any order (they are drawn sorted by x)
 * @param smoothed the smoothed points, or an empty list when the curve is not smoothed
 */
public record Curve(String name, List<CurvePoint> raw, List<CurvePoint> smoothed) {

  /** Validates and defensively copies the lists. */
  public Curve {
    Objects.requireNonNull(name, "name");
    raw = Checks.copy(raw, "raw");
    smoothed = Checks.copy(smoothed, "smoothed");
  }

  /** Whether a smoothed line is drawn on top of a faint raw line. */
  boolean isSmoothed() {
    return !smoothed.isEmpty();
  }
}
