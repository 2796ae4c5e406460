/**
 * The immutable model every later stage reads: the site's settings, model versions, eval definitions, eval
 * results with their per-condition measurements, training runs, and report sources.
 *
 * <p>Records here hold data only; they compute nothing beyond trivial accessors and matching (a {@link
 * dev.evalpress.model.Glob}). All types are immutable and safe to share between threads. This package depends on
 * no other package of evalpress.
 */
package dev.evalpress.model;
