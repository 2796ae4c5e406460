package dev.evalpress.analyse.report;

/**
 * A directive block resolved against the analysis: what render needs to draw it, and nothing to
 * check.
 */
public sealed interface ResolvedBlock
    permits EvalChart, TrainingChart, ResolvedTable, ResolvedSample {}
