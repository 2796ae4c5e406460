package dev.evalpress.analyse;

import dev.evalpress.model.Condition;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.Results;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Puts each eval of a model version beside the same eval on its predecessor. */
final class ModelComparer {

  private ModelComparer() {}

  static ModelSummary compare(ModelVersion model, Results results, Map<String, EvalSummary> evals) {
    Optional<ModelVersion> predecessor = model.predecessor().flatMap(results::model);
    List<EvalComparison> comparisons = new ArrayList<>();
    for (EvalSummary eval : evals.values()) {
      Optional<ModelRates> current = eval.model(model.id());
      if (current.isEmpty()) {
        continue;
      }
      Optional<ModelRates> before = predecessor.flatMap(p -> eval.model(p.id()));
      TreeSet<Condition> conditions = new TreeSet<>();
      current.get().conditions().forEach(c -> conditions.add(c.condition()));
      before.ifPresent(b -> b.conditions().forEach(c -> conditions.add(c.condition())));
      List<ConditionComparison> rows = conditions.stream()
          .map(c -> new ConditionComparison(c, current.get().condition(c), before.flatMap(b -> b.condition(c))))
          .toList();
      ConditionComparison pooled =
          new ConditionComparison(Condition.NONE, Optional.of(current.get().pooled()), before.map(ModelRates::pooled));
      comparisons.add(new EvalComparison(eval.eval(), pooled, rows));
    }
    return new ModelSummary(model, predecessor, comparisons);
  }
}
