/**
 * Aggregation of per-sample logs while they stream: verdict counts and degeneration counts per eval ×
 * model version (or training run × step) × condition, and a bounded, deterministic selection of samples
 * to publish. The result merges into the summary results, which must agree with it.
 */
package dev.evalpress.analyse.samples;
