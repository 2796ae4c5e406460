package dev.evalpress.render.figure;

import dev.evalpress.render.chart.ChartData;

/**
 * What a figure shows: the chart's data, the same data as CSV, and a textual description for alt
 * text.
 */
public record ChartContent(ChartData chart, String csv, String description) {}
