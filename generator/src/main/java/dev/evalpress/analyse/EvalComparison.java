package dev.evalpress.analyse;

import dev.evalpress.model.EvalDefinition;
import java.util.List;

/** One eval on a model version side by side with its predecessor: the pooled row, then each condition. */
public record EvalComparison(EvalDefinition eval, ConditionComparison pooled, List<ConditionComparison> conditions) {

  public EvalComparison {
    conditions = List.copyOf(conditions);
  }
}
