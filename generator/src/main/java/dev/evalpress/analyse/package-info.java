/**
 * The analysis stage: statistics over the model (intervals, pooled rates, changes between versions,
 * EMA smoothing) and the summaries pages are built from (per eval, per model, the dashboard). It
 * reads only model records (complete results, published samples) and reports through {@code
 * problem}: nothing here knows about reading files, HTML, charts or writing. Entry point: {@link
 * dev.evalpress.analyse.Analysis#of}. All types are immutable and thread-safe.
 */
package dev.evalpress.analyse;
