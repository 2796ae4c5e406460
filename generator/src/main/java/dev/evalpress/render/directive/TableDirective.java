package dev.evalpress.render.directive;

import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.ConditionComparison;
import dev.evalpress.analyse.ConditionEstimate;
import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.located.JsonObject;
import dev.evalpress.analyse.Analysis;
import dev.evalpress.render.figure.LabelledEstimate;
import dev.evalpress.model.Condition;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.render.page.ComparisonView;
import dev.evalpress.render.page.EstimateView;
import dev.evalpress.render.page.Link;
import dev.evalpress.render.page.RateRowView;
import dev.evalpress.render.page.RateTableView;
import dev.evalpress.render.page.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code table} block: model, k, n, rate, interval, and the change from the model's predecessor with its
 * verdict; one pooled row per model, or with {@code by: condition} one row per model × condition (condition
 * verdicts Holm-corrected, as on model pages).
 */
final class TableDirective {

  private TableDirective() {}

  /** The table, or null when the block has problems (already reported). */
  static RateTableView read(JsonObject spec, Analysis analysis, String pagePath, int number) {
    boolean byCondition = false;
    if (spec.has("by")) {
      String by = spec.requireOneOf("by", List.of("condition", "model"));
      byCondition = "condition".equals(by);
    }
    EvalSelection selection = EvalSelection.read(spec, analysis);
    if (selection == null || spec.failed()) {
      return null;
    }
    List<RateRowView> rows = new ArrayList<>();
    if (byCondition) {
      for (ModelRates m : selection.models()) {
        for (ConditionEstimate c : m.conditions()) {
          if (selection.condition().isEmpty() || c.condition().equals(selection.condition())) {
            rows.add(new RateRowView(modelLink(pagePath, m.model()), c.condition().label(),
                EstimateView.of(c.estimate()),
                ComparisonView.of(comparison(analysis, selection, m.model(), c.condition(), true), pagePath)));
          }
        }
      }
    } else {
      String condition = selection.condition().isEmpty() ? "all (pooled)" : selection.condition().label();
      for (LabelledEstimate e : selection.estimates()) {
        rows.add(new RateRowView(modelLink(pagePath, e.model()), condition, EstimateView.of(e.estimate()),
            ComparisonView.of(comparison(analysis, selection, e.model(), selection.condition(), false), pagePath)));
      }
    }
    return new RateTableView("table-" + number, "Table " + number, spec.text("caption").orElse(""),
        analysis.settings().statistics().levelLabel() + " CI", selection.eval().isRate(), byCondition, rows);
  }

  /**
   * The comparison of {@code model} with its predecessor on the selected eval under {@code condition}: for
   * rows by condition, the model page's (Holm-corrected over the conditions); for a pooled or single-condition
   * row, one test on its own, as {@code {{delta}}} gives.
   */
  private static Optional<Comparison> comparison(Analysis analysis, EvalSelection selection, ModelVersion model,
      Condition condition, boolean byCondition) {
    Optional<EvalComparison> compared = analysis.model(model.id())
        .flatMap(m -> m.eval(selection.eval().eval().id()));
    if (condition.isEmpty()) {
      return compared.flatMap(EvalComparison::pooledComparison);
    }
    Optional<ConditionComparison> row = compared.flatMap(e -> e.conditions().stream()
        .filter(c -> c.condition().equals(condition)).findFirst());
    if (byCondition) {
      return row.flatMap(ConditionComparison::comparison);
    }
    return row.filter(r -> r.current().isPresent() && r.predecessor().isPresent())
        .map(r -> analysis.comparer().compare(r.predecessor().get(), r.current().get(),
            selection.eval().eval().direction()));
  }

  private static Link modelLink(String pagePath, ModelVersion model) {
    return new Link(model.name(), SitePaths.relative(pagePath, SitePaths.model(model.id())));
  }
}
