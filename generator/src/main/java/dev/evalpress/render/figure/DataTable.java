package dev.evalpress.render.figure;

import java.util.List;

/**
 * A figure's data as an HTML table shows it: the CSV's header and rows, cell for cell, with numbers
 * written for reading ("1,000", "0.9617"). Cells are untrusted text, escaped by the template.
 */
public record DataTable(List<String> columns, List<List<String>> rows) {

  public static final DataTable EMPTY = new DataTable(List.of(), List.of());

  /** Copies the lists. */
  public DataTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
