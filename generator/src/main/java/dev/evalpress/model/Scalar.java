package dev.evalpress.model;

/** A bare number without a sample size, such as a training loss. */
public record Scalar(double value) implements Measurement {}
