package dev.evalpress.analyse.report;

import dev.evalpress.model.ChartSpec;

/** A bar, trend or heatmap chart of one eval's selection. */
public record EvalChart(ChartSpec spec, EvalSelection selection) implements ResolvedBlock {}
