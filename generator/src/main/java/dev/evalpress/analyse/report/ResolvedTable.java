package dev.evalpress.analyse.report;

import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.model.Condition;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.TableSpec;
import java.util.List;
import java.util.Optional;

/**
 * A {@code table} block's rows, each with the comparison with the model's predecessor if there is
 * one.
 */
public record ResolvedTable(TableSpec spec, EvalSelection selection, List<Row> rows)
    implements ResolvedBlock {

  public ResolvedTable {
    rows = List.copyOf(rows);
  }

  /** One row: a model under a condition ({@link Condition#NONE} when pooled). */
  public record Row(
      ModelVersion model,
      Condition condition,
      Estimate estimate,
      Optional<Comparison> comparison) {}
}
