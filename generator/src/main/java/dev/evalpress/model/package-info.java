/**
 * The immutable model every later stage reads: the site's settings, model versions, eval
 * definitions, eval results with their per-condition measurements, training runs, and reports with
 * their directives as read ({@link dev.evalpress.model.ReportSpecs}: chart, table and sample blocks
 * and inline data references), and where a site's inputs are ({@link
 * dev.evalpress.model.SourceFolders}, with the names problems give its files).
 *
 * <p>Records here hold data only; they compute nothing beyond trivial accessors and matching (a
 * {@link dev.evalpress.model.Glob}). All types are immutable and safe to share between threads.
 * This package depends on no other package of evalpress.
 */
package dev.evalpress.model;
