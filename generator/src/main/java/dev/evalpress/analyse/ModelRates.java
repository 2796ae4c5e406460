package dev.evalpress.analyse;

import dev.evalpress.model.Condition;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.RunInfo;
import java.util.List;
import java.util.Optional;

/**
 * One eval on one model version: the pooled estimate over its conditions and each condition's
 * estimate (sorted by condition), plus the provenance of the runs behind them.
 */
public record ModelRates(
    ModelVersion model, Estimate pooled, List<ConditionEstimate> conditions, List<RunInfo> runs) {

  public ModelRates {
    conditions = List.copyOf(conditions);
    runs = List.copyOf(runs);
  }

  public Optional<Estimate> condition(Condition condition) {
    return conditions.stream()
        .filter(c -> c.condition().equals(condition))
        .map(ConditionEstimate::estimate)
        .findFirst();
  }
}
