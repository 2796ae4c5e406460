package dev.evalpress.render.figure;

import dev.evalpress.render.chart.ChartData;

/**
 * What a figure shows: the chart's data, the same data as CSV and as a table, and a textual
 * description with the numbers for alt text.
 */
public record ChartContent(ChartData chart, String csv, String description, DataTable table) {

  /** Content without a data table. */
  public ChartContent(ChartData chart, String csv, String description) {
    this(chart, csv, description, DataTable.EMPTY);
  }
}
