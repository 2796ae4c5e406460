package dev.evalpress.analyse.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment (Holm 1979, "A simple sequentially rejective multiple test
 * procedure", Scandinavian Journal of Statistics 6:65–70), which controls the family-wise error
 * rate. With the m p-values sorted ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎:
 *
 * <pre>
 *   adjusted p₍ᵢ₎ = min(1, max over j ≤ i of (m − j + 1)·p₍ⱼ₎)
 * </pre>
 *
 * The adjusted values are returned in input order; they are monotone in the raw p-values, never
 * below them and capped at 1. Matches statsmodels {@code multipletests(method="holm")} and R's
 * {@code p.adjust(method="holm")}.
 */
public final class HolmCorrection {

  private HolmCorrection() {}

  /** The Holm-adjusted p-values of {@code pValues} (each in [0, 1]), in input order. */
  public static double[] adjust(double[] pValues) {
    int m = pValues.length;
    for (double p : pValues) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("p-values must be in [0, 1], got " + p);
      }
    }
    // Stable sort of indices by p-value: ties keep input order, as in statsmodels and R.
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      running = Math.max(running, Math.min(1.0, (m - rank) * pValues[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }
}
