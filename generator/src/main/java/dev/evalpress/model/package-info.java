/**
 * The immutable model every later stage reads: model versions, eval definitions, eval results with
 * their per-condition measurements, training runs, and report sources.
 *
 * <p>Records here hold data only; they compute nothing beyond trivial accessors. All types are
 * immutable and safe to share between threads.
 */
package dev.evalpress.model;
