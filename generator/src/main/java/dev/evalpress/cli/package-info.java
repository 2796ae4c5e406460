/**
 * The command line: {@code evalpress build}, {@code check}, {@code import} and {@code bench}, a
 * thin layer of options and output over the library's entry points in {@link dev.evalpress.build},
 * with a progress bar for long runs when a person watches a terminal ({@link
 * dev.evalpress.cli.TerminalProgress}).
 */
package dev.evalpress.cli;
