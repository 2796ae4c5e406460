package dev.evalpress.analyse;

import dev.evalpress.model.EvalDefinition;
import java.util.List;

/** One tracked eval on the dashboard: an entry per model family, families in name order. */
public record DashboardRow(EvalDefinition eval, List<DashboardEntry> entries) {

  public DashboardRow {
    entries = List.copyOf(entries);
  }
}
