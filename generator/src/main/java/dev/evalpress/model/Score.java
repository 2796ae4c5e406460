package dev.evalpress.model;

/** A mean score over {@code n} samples with its standard error. */
public record Score(double mean, double stderr, long n) implements Measurement {}
