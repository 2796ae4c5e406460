/**
 * Tools for benchmarks run from the command line ({@code evalpress bench}), so performance figures
 * come from the real jar on the real machine, never from timed unit tests: synthetic inputs (a
 * sample log, lab-scale result folders, a prose corpus and the same reports as a Hugo site, a chart
 * corpus with the CSVs a matplotlib script draws the same charts from), a peak-heap sampler, and
 * child processes timed in alternating runs with their peak resident set size. Knows no pipeline
 * stage: it writes inputs and runs programs.
 */
package dev.evalpress.bench;
