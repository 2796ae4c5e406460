package dev.evalpress.load.imports.lmeval;

/**
 * A metric's sample size n and how it was found, said in the run notes.
 *
 * @param elsewhere true when n is not the metric's own: it came from another metric of the task or
 *     from another task on the same documents (said in a {@code SAMPLE_SIZE_FROM_ELSEWHERE} note)
 */
record SampleCount(long n, String how, boolean elsewhere) {

  /** The same count, taken for another metric than the one it was found from. */
  SampleCount forAnother() {
    return new SampleCount(n, how, true);
  }
}
