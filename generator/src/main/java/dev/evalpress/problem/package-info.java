/**
 * Problems found in user input, each tied to a place ({@code path:line:column}), and the exception that
 * carries all problems of a run to the caller. Every stage reports into a {@link dev.evalpress.problem.Problems}
 * so that one run reports every problem at once.
 */
package dev.evalpress.problem;
