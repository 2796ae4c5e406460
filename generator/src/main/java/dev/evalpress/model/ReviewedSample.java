package dev.evalpress.model;

/** A sample with what the degeneration detector found in its output. */
public record ReviewedSample(Sample sample, DegenerationReport degeneration) {}
