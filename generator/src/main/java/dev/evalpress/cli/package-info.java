/**
 * The command line: {@code evalpress build}, {@code check}, {@code import} and {@code bench}, a
 * thin layer of options and output over the library's entry points in {@link dev.evalpress.build}.
 */
package dev.evalpress.cli;
