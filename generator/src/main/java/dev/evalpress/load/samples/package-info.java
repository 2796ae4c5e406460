/**
 * Per-sample logs ({@code *.jsonl}, {@code *.jsonl.gz}) read as streams: the reader never holds a whole log,
 * parses lines on several threads and hands each {@link dev.evalpress.model.Sample} to a
 * {@link dev.evalpress.load.samples.SampleSink} the caller provides. Entry point:
 * {@link dev.evalpress.load.samples.SampleLogReader}.
 */
package dev.evalpress.load.samples;
