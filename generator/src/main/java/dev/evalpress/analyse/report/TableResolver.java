package dev.evalpress.analyse.report;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.ConditionComparison;
import dev.evalpress.analyse.ConditionEstimate;
import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.model.Condition;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a {@code table} block: one pooled row per model, or with {@code by: condition} one row
 * per model × condition (condition verdicts Holm-corrected, as on model pages).
 */
final class TableResolver {

  private TableResolver() {}

  static Optional<ResolvedBlock> resolve(TableSpec spec, Analysis analysis, SpecFailures failures) {
    Optional<EvalSelection> resolved = EvalSelection.resolve(spec.selection(), analysis, failures);
    if (resolved.isEmpty() || !spec.wellFormed() || failures.any()) {
      return Optional.empty();
    }
    EvalSelection selection = resolved.get();
    List<ResolvedTable.Row> rows = new ArrayList<>();
    if (spec.byCondition()) {
      for (ModelRates m : selection.models()) {
        for (ConditionEstimate c : m.conditions()) {
          if (selection.condition().isEmpty() || c.condition().equals(selection.condition())) {
            rows.add(
                new ResolvedTable.Row(
                    m.model(),
                    c.condition(),
                    c.estimate(),
                    comparison(analysis, selection, m.model(), c.condition(), true)));
          }
        }
      }
    } else {
      for (ModelEstimate e : selection.estimates()) {
        rows.add(
            new ResolvedTable.Row(
                e.model(),
                selection.condition(),
                e.estimate(),
                comparison(analysis, selection, e.model(), selection.condition(), false)));
      }
    }
    return Optional.of(new ResolvedTable(spec, selection, rows));
  }

  /**
   * The comparison of {@code model} with its predecessor on the selected eval under {@code
   * condition}: for rows by condition, the model page's (Holm-corrected over the conditions); for a
   * pooled or single-condition row, one test on its own, as {@code {{delta}}} gives.
   */
  private static Optional<Comparison> comparison(
      Analysis analysis,
      EvalSelection selection,
      ModelVersion model,
      Condition condition,
      boolean byCondition) {
    Optional<EvalComparison> compared =
        analysis.model(model.id()).flatMap(m -> m.eval(selection.eval().eval().id()));
    if (condition.isEmpty()) {
      return compared.flatMap(EvalComparison::pooledComparison);
    }
    Optional<ConditionComparison> row =
        compared.flatMap(
            e -> e.conditions().stream().filter(c -> c.condition().equals(condition)).findFirst());
    if (byCondition) {
      return row.flatMap(ConditionComparison::comparison);
    }
    return row.filter(r -> r.current().isPresent() && r.predecessor().isPresent())
        .map(
            r ->
                analysis
                    .comparer()
                    .compare(
                        r.predecessor().get(),
                        r.current().get(),
                        selection.eval().eval().direction()));
  }
}
