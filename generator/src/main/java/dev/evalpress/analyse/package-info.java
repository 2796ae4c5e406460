/**
 * The analysis stage: statistics over the model (intervals, pooled rates, changes between versions, EMA
 * smoothing) and the summaries pages are built from (per eval, per model, the dashboard). Nothing here
 * knows about HTML, charts or files. Entry point: {@link dev.evalpress.analyse.Analysis#of}.
 * All types are immutable and thread-safe.
 */
package dev.evalpress.analyse;
