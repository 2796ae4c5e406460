package dev.evalpress.model;

/** A mean score over {@code n} samples with its standard error. */
public record Score(double mean, double stderr, long n) implements Measurement {

  /** The largest magnitude input may give a score or bare number: beyond it statistics lose all precision. */
  public static final double MAX_MAGNITUDE = 1e15;
}
