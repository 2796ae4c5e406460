package dev.evalpress.model;

/**
 * {@code k} positive outcomes (e.g. samples that blackmailed) out of {@code n} samples; 0 ≤ k ≤ n,
 * n ≥ 1.
 */
public record Counts(long k, long n) implements Measurement {

  /** The largest sample size input may give: beyond it no eval is real, and sums could overflow. */
  public static final long MAX_N = 1_000_000_000_000L;

  public Counts {
    if (n < 1 || k < 0 || k > n) {
      throw new IllegalArgumentException(
          "counts need 0 <= k <= n and n >= 1, got k=" + k + " n=" + n);
    }
  }

  public double rate() {
    return (double) k / n;
  }
}
