package dev.evalpress.bench;

/**
 * One timed run of a tool.
 *
 * @param seconds wall time from starting the process to its exit
 * @param peakRssBytes the highest resident set size seen, or -1 if unknown
 */
public record Measurement(double seconds, long peakRssBytes) {}
