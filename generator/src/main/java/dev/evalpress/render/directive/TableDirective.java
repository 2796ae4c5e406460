package dev.evalpress.render.directive;

import dev.evalpress.analyse.ConditionEstimate;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.located.JsonObject;
import dev.evalpress.analyse.Analysis;
import dev.evalpress.render.figure.LabelledEstimate;
import dev.evalpress.render.page.EstimateView;
import dev.evalpress.render.page.Link;
import dev.evalpress.render.page.RateRowView;
import dev.evalpress.render.page.RateTableView;
import dev.evalpress.render.page.SitePaths;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code table} block: model, k, n, rate and 95% CI, one pooled row per model, or with
 * {@code by: condition} one row per model × condition.
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
                EstimateView.of(c.estimate())));
          }
        }
      }
    } else {
      String condition = selection.condition().isEmpty() ? "all (pooled)" : selection.condition().label();
      for (LabelledEstimate e : selection.estimates()) {
        rows.add(new RateRowView(modelLink(pagePath, e.model()), condition, EstimateView.of(e.estimate())));
      }
    }
    return new RateTableView("table-" + number, "Table " + number, spec.text("caption").orElse(""),
        analysis.settings().statistics().levelLabel() + " CI", selection.eval().isRate(), byCondition, rows);
  }

  private static Link modelLink(String pagePath, dev.evalpress.model.ModelVersion model) {
    return new Link(model.name(), SitePaths.relative(pagePath, SitePaths.model(model.id())));
  }
}
