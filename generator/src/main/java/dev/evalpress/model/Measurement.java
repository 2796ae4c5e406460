package dev.evalpress.model;

/**
 * One measured value: counts of a binary outcome, a mean score with its standard error, or a bare
 * number.
 */
public sealed interface Measurement permits Counts, Score, Scalar {}
