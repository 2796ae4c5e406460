package dev.evalpress.load.samples;

/** One sample log, aggregated: its path as shown, its header, and what its samples add up to. */
public record LogAggregate(String path, SampleLogHeader header, SampleAggregate aggregate) {}
