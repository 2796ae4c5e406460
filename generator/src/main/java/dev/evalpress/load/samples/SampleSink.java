package dev.evalpress.load.samples;

import dev.evalpress.model.Sample;

/**
 * Receives the samples of a log. The reader makes one sink per worker thread (so a sink need not be
 * thread-safe) and merges them when the log is read; the order samples arrive in is not defined, so
 * what a sink computes must not depend on it.
 */
public interface SampleSink<S extends SampleSink<S>> {

  void accept(Sample sample);

  /** Adds everything {@code other} received into this sink. */
  void merge(S other);
}
