package dev.evalpress.load;

import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.EvalRule;
import dev.evalpress.model.ResultNote;
import dev.evalpress.model.ResultSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@code evals:} of {@code evalpress.yaml} to the evals read: the category and direction a
 * rule sets replace what the file said or what was assumed (a direction set here is no longer
 * "assumed").
 */
final class EvalRules {

  private EvalRules() {}

  static void apply(
      ResultSettings settings, Map<String, EvalDefinition> evals, List<ResultNote> notes) {
    for (Map.Entry<String, EvalDefinition> e : evals.entrySet()) {
      EvalDefinition d = e.getValue();
      Optional<EvalRule> category = settings.categoryRule(d.id());
      Optional<EvalRule> direction = settings.directionRule(d.id());
      if (category.isEmpty() && direction.isEmpty()) {
        continue;
      }
      e.setValue(
          new EvalDefinition(
              d.id(),
              d.title(),
              d.metric(),
              category.flatMap(EvalRule::category).orElse(d.category()),
              direction.flatMap(EvalRule::direction).orElse(d.direction()),
              d.source()));
      if (direction.isPresent()) {
        notes.removeIf(
            n ->
                n.kind() == ResultNote.Kind.DIRECTION_ASSUMED
                    && n.evalId().equals(Optional.of(d.id())));
      }
    }
  }
}
