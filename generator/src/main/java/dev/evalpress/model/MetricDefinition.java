package dev.evalpress.model;

/** A metric tracked by a training run. */
public record MetricDefinition(String name, Direction direction) {}
