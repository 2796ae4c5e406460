package dev.evalpress.model;

/** {@code k} positive outcomes (e.g. samples that blackmailed) out of {@code n} samples; 0 ≤ k ≤ n, n ≥ 1. */
public record Counts(long k, long n) implements Measurement {

  public Counts {
    if (n < 1 || k < 0 || k > n) {
      throw new IllegalArgumentException("counts need 0 <= k <= n and n >= 1, got k=" + k + " n=" + n);
    }
  }

  public double rate() {
    return (double) k / n;
  }
}
