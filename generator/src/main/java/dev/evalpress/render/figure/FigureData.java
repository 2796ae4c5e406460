package dev.evalpress.render.figure;

import dev.evalpress.render.format.CsvTable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Collects a figure's data once and writes it twice: as the CSV download and as the {@link
 * DataTable} under the figure, so both always have the same rows.
 */
final class FigureData {

  private final CsvTable csv;
  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();

  FigureData(List<String> columns) {
    this.csv = new CsvTable(columns);
    this.columns = List.copyOf(columns);
  }

  /** Appends a row to both; cells as {@link CsvTable#row} takes them. */
  FigureData row(Object... cells) {
    csv.row(cells);
    rows.add(Arrays.stream(cells).map(FigureData::display).toList());
    return this;
  }

  String csv() {
    return csv.toString();
  }

  DataTable table() {
    return new DataTable(columns, rows);
  }

  /** Numbers with thousands separators and at most four decimals; nothing for null or NaN. */
  static String display(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return Double.isFinite(d) ? format().format(d) : "";
    }
    if (cell instanceof Number n) {
      return format().format(n.longValue());
    }
    return cell.toString();
  }

  // DecimalFormat is not thread-safe: a new one per call
  private static DecimalFormat format() {
    return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }
}
