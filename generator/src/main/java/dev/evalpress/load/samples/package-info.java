/**
 * Per-sample logs ({@code *.jsonl}, {@code *.jsonl.gz}) and imported files' per-sample records,
 * folded into the results inside the load stage. {@link dev.evalpress.load.samples.SampleLogReader}
 * streams a log (it never holds a whole one, and parses lines on several threads); {@link
 * dev.evalpress.load.samples.SampleAggregation} feeds each sample to a {@link
 * dev.evalpress.load.samples.SampleAggregate}, which counts verdicts and degenerate outputs (with
 * {@link dev.evalpress.load.degeneration}) per eval × model version (or training run × step) ×
 * condition and keeps a bounded, deterministic selection to publish, the only samples held in
 * memory; {@link dev.evalpress.load.samples.SampleResults} merges the counts into the summary
 * results, which must agree with them. {@link dev.evalpress.load.samples.SampleLogPart} reads a
 * byte range of a log with the same per-line code ({@link dev.evalpress.load.samples.SampleLines})
 * and adds ranges up to what the whole log gives, for readers in other processes (a cluster's
 * tasks). What leaves this package is model records: {@link dev.evalpress.model.Results} and a
 * {@link dev.evalpress.model.SampleLibrary}.
 */
package dev.evalpress.load.samples;
