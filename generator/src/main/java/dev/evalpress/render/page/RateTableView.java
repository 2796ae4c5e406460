package dev.evalpress.render.page;

import java.util.List;

/**
 * A numbered rate table from a {@code table} directive. {@code rate} is false for score evals (no k
 * column); {@code byCondition} adds a condition column.
 */
public record RateTableView(
    String id,
    String label,
    String caption,
    String ciLabel,
    boolean rate,
    boolean byCondition,
    List<RateRowView> rows) {

  public RateTableView {
    rows = List.copyOf(rows);
  }
}
