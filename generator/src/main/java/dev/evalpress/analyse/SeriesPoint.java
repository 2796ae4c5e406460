package dev.evalpress.analyse;

/** A metric's estimate at one training step. */
public record SeriesPoint(long step, Estimate estimate) {}
