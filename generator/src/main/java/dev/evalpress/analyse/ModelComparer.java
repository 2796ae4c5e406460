package dev.evalpress.analyse;

import dev.evalpress.model.Condition;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.Results;
import dev.evalpress.model.SiteSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Puts each eval of a model version beside the same eval on its nearest measured ancestor (the
 * predecessor, unless that was not measured on the eval), compares them, and applies the
 * tracked-eval policy.
 */
final class ModelComparer {

  private ModelComparer() {}

  static ModelSummary compare(
      ModelVersion model,
      Results results,
      Map<String, EvalSummary> evals,
      Estimator estimator,
      Comparer comparer,
      SiteSettings settings) {
    Optional<ModelVersion> predecessor = model.predecessor().flatMap(results::model);
    List<EvalComparison> comparisons = new ArrayList<>();
    for (EvalSummary eval : evals.values()) {
      Optional<ModelRates> current = eval.model(model.id());
      if (current.isPresent()) {
        Optional<ModelVersion> baseline = MeasuredAncestor.of(model, results, eval);
        Optional<ModelRates> before = baseline.flatMap(b -> eval.model(b.id()));
        comparisons.add(
            compare(
                eval, current.get(), predecessor, baseline, before, estimator, comparer, settings));
      }
    }
    return new ModelSummary(model, predecessor, comparisons);
  }

  private static EvalComparison compare(
      EvalSummary eval,
      ModelRates current,
      Optional<ModelVersion> predecessor,
      Optional<ModelVersion> baseline,
      Optional<ModelRates> before,
      Estimator estimator,
      Comparer comparer,
      SiteSettings settings) {
    TreeSet<Condition> conditions = new TreeSet<>();
    current.conditions().forEach(c -> conditions.add(c.condition()));
    before.ifPresent(b -> b.conditions().forEach(c -> conditions.add(c.condition())));
    List<Condition> both =
        conditions.stream()
            .filter(
                c ->
                    current.condition(c).isPresent()
                        && before.flatMap(b -> b.condition(c)).isPresent())
            .toList();
    List<Estimate[]> pairs =
        both.stream()
            .map(c -> new Estimate[] {before.get().condition(c).get(), current.condition(c).get()})
            .toList();
    List<Comparison> compared =
        pairs.isEmpty() ? List.of() : comparer.compareAll(pairs, eval.eval().direction());
    List<ConditionComparison> rows = new ArrayList<>();
    for (Condition c : conditions) {
      int i = both.indexOf(c);
      rows.add(
          new ConditionComparison(
              c,
              current.condition(c),
              before.flatMap(b -> b.condition(c)),
              i < 0 ? Optional.empty() : Optional.of(compared.get(i))));
    }
    // Versions measured on different conditions are compared on the conditions they share, pooled;
    // a
    // difference in the mix of conditions is not a change of the model.
    boolean sameConditions = before.isPresent() && both.size() == conditions.size();
    Optional<Comparison> pooled = Optional.empty();
    if (sameConditions) {
      pooled =
          Optional.of(
              comparer.compare(before.get().pooled(), current.pooled(), eval.eval().direction()));
    } else if (!both.isEmpty()) {
      pooled =
          Optional.of(
              comparer.compare(
                  estimator.pooled(
                      both.stream()
                          .map(c -> before.get().condition(c).get().measurement())
                          .toList()),
                  estimator.pooled(
                      both.stream().map(c -> current.condition(c).get().measurement()).toList()),
                  eval.eval().direction()));
    }
    List<PolicyFinding> findings =
        Policy.findings(
            settings.tracked(eval.eval().id()),
            eval.eval(),
            current.model(),
            current.pooled(),
            predecessor,
            baseline,
            pooled);
    return new EvalComparison(
        eval.eval(),
        baseline,
        new ConditionComparison(
            Condition.NONE, Optional.of(current.pooled()), before.map(ModelRates::pooled), pooled),
        rows,
        findings,
        sameConditions || before.isEmpty() ? 0 : both.size());
  }
}
