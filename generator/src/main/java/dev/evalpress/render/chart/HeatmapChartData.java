package dev.evalpress.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Model versions (rows, in the given order) × conditions (columns); colour encodes the value, each
 * cell is labelled. A cell without data is NaN in values and "" in labels.
 *
 * <p>{@code values.get(r).get(c)} is the value of row {@code r} under column {@code c}, and {@code
 * labels.get(r).get(c)} the text shown in that cell (e.g. "96%"). Values are finite or NaN (no
 * data); a NaN cell must have a blank label and is drawn grey with a dash. A finite value with a
 * blank label is labelled with the value itself. Colours run from 0 to 100% for {@link
 * ValueScale#PROPORTION} (values outside are clamped) and from the smallest to the largest value
 * for {@link ValueScale#NUMBER}.
 *
 * @param valueLabel what the colour encodes, shown next to the colour legend (untrusted text)
 * @param scale how values map to colours and how the legend is labelled
 * @param rows the row labels, usually model names, top to bottom (untrusted text)
 * @param columns the column labels, usually condition labels, left to right (untrusted text)
 * @param values one list per row, each with one value per column; NaN where there is no data
 * @param labels one list per row, each with one label per column (untrusted text); "" where there
 *     is no data
 */
public record HeatmapChartData(
    String valueLabel,
    ValueScale scale,
    List<String> rows,
    List<String> columns,
    List<List<Double>> values,
    List<List<String>> labels)
    implements ChartData {

  /** Validates the shapes and cells and defensively copies every list. */
  public HeatmapChartData {
    Objects.requireNonNull(valueLabel, "valueLabel");
    Objects.requireNonNull(scale, "scale");
    rows = Checks.copy(rows, "rows");
    columns = Checks.copy(columns, "columns");
    values = grid(values, "values", rows.size(), columns.size());
    labels = grid(labels, "labels", rows.size(), columns.size());
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        double v = values.get(r).get(c);
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException(
              "value of cell (" + r + ", " + c + ") must be finite or NaN, was " + v);
        }
        if (Double.isNaN(v) && !Text.clean(labels.get(r).get(c)).isEmpty()) {
          throw new IllegalArgumentException(
              "cell ("
                  + r
                  + ", "
                  + c
                  + ") has no value (NaN) but the label \""
                  + labels.get(r).get(c)
                  + "\"; a cell without data must have an empty label");
        }
      }
    }
  }

  /** Whether the cell at row {@code r}, column {@code c} has data. */
  boolean hasValue(int r, int c) {
    return !Double.isNaN(values.get(r).get(c));
  }

  private static <T> List<List<T>> grid(List<List<T>> grid, String name, int rows, int columns) {
    Objects.requireNonNull(grid, name);
    if (grid.size() != rows) {
      throw new IllegalArgumentException(
          name + " has " + grid.size() + " rows for " + rows + " row labels; need one per row");
    }
    List<List<T>> copy = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      List<T> row = Checks.copy(grid.get(r), name + " row " + r);
      if (row.size() != columns) {
        throw new IllegalArgumentException(
            name
                + " row "
                + r
                + " has "
                + row.size()
                + " cells for "
                + columns
                + " columns; need one per column");
      }
      copy.add(row);
    }
    return List.copyOf(copy);
  }
}
