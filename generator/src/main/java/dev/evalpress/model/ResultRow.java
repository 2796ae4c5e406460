package dev.evalpress.model;

/** One condition of an eval run and what was measured under it. */
public record ResultRow(Condition condition, Measurement measurement, Source source) {}
