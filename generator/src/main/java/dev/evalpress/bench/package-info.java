/**
 * Tools for benchmarks run from the command line ({@code evalpress bench}, through {@link
 * dev.evalpress.build.SampleLogBenchmark}), so performance figures come from the real jar on the
 * real machine, never from timed unit tests: a synthetic sample log and a peak-heap sampler.
 * Depends on the JDK only.
 */
package dev.evalpress.bench;
