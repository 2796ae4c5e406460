/**
 * Benchmarks run from the command line ({@code evalpress bench}), so performance figures come from the
 * real jar on the real machine, never from timed unit tests.
 */
package dev.evalpress.bench;
