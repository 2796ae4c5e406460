package dev.evalpress.render.chart;

/**
 * The data of one chart; each permitted record is one chart type, drawn by {@link
 * SvgChartRenderer}.
 */
public sealed interface ChartData
    permits BarChartData, TrendChartData, TrainingChartData, HeatmapChartData {}
