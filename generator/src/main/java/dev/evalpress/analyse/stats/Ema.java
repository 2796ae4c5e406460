package dev.evalpress.analyse.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Exponential moving average as TensorBoard draws it: s₀ = x₀, sₜ = w·sₜ₋₁ + (1−w)·xₜ, with weight
 * w in [0, 1); w = 0 leaves the series unchanged.
 */
public final class Ema {

  private Ema() {}

  public static List<Double> smooth(List<Double> values, double weight) {
    if (!(weight >= 0 && weight < 1)) {
      throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
    }
    List<Double> out = new ArrayList<>(values.size());
    double s = 0;
    for (int i = 0; i < values.size(); i++) {
      s = i == 0 ? values.get(0) : weight * s + (1 - weight) * values.get(i);
      out.add(s);
    }
    return out;
  }
}
