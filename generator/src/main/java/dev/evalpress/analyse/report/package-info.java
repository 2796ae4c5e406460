/**
 * Resolves the directives load read from reports ({@code model.ReportSpecs}) against the {@code
 * Analysis}: the evals, models, conditions, runs and samples they name, and what inline references
 * show (rates, comparisons by {@code Analysis.comparer()}, PGR by {@code stats.PgrEstimate}).
 * Unknown names are reported at the directive's field or the reference's braces; render turns the
 * {@link dev.evalpress.analyse.report.ResolvedReport}s into HTML without checking anything. Uses
 * only the model, problems and the analysis; stateless.
 */
package dev.evalpress.analyse.report;
