package dev.evalpress.analyse;

import dev.evalpress.model.Condition;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.IdIndexedList;
import java.util.List;
import java.util.Optional;

/**
 * One eval across model versions: each version's rates in release order, and every condition seen.
 */
public record EvalSummary(
    EvalDefinition eval, List<ModelRates> byModel, List<Condition> conditions) {

  public EvalSummary {
    byModel = IdIndexedList.of(byModel, m -> m.model().id());
    conditions = List.copyOf(conditions);
  }

  public Optional<ModelRates> model(String modelId) {
    return ((IdIndexedList<ModelRates>) byModel).byId(modelId);
  }

  /** True when the eval's rows are counts, so its values are rates. */
  public boolean isRate() {
    return !byModel.isEmpty() && byModel.get(0).pooled().isRate();
  }
}
