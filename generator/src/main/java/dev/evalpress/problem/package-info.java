/**
 * Problems found in user input, each tied to a place ({@code path:line:column}), and the exception
 * that carries all problems of a run to the caller. Every stage reports into a {@link
 * dev.evalpress.problem.Problems} so that one run reports every problem at once. {@link
 * dev.evalpress.problem.OutputException} is the other kind of failure a caller reports in words: an
 * output folder that cannot be written as asked.
 */
package dev.evalpress.problem;
