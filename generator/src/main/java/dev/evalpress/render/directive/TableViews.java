package dev.evalpress.render.directive;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.report.ResolvedTable;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.render.page.ComparisonView;
import dev.evalpress.render.page.EstimateView;
import dev.evalpress.render.page.Link;
import dev.evalpress.render.page.RateRowView;
import dev.evalpress.render.page.RateTableView;
import dev.evalpress.render.page.SitePaths;
import java.util.List;

/**
 * Shows a resolved {@code table} block: model, k, n, rate, interval, and the change from the
 * model's predecessor with its verdict, one row per model or per model × condition.
 */
final class TableViews {

  private TableViews() {}

  static RateTableView of(ResolvedTable table, Analysis analysis, String pagePath, int number) {
    boolean byCondition = table.spec().byCondition();
    String pooled =
        table.selection().condition().isEmpty()
            ? "all (pooled)"
            : table.selection().condition().label();
    List<RateRowView> rows =
        table.rows().stream()
            .map(
                r ->
                    new RateRowView(
                        modelLink(pagePath, r.model()),
                        byCondition ? r.condition().label() : pooled,
                        EstimateView.of(r.estimate()),
                        ComparisonView.of(r.comparison(), pagePath)))
            .toList();
    return new RateTableView(
        "table-" + number,
        "Table " + number,
        table.spec().caption(),
        analysis.settings().statistics().levelLabel() + " CI",
        table.selection().eval().isRate(),
        byCondition,
        rows);
  }

  private static Link modelLink(String pagePath, ModelVersion model) {
    return new Link(model.name(), SitePaths.relative(pagePath, SitePaths.model(model.id())));
  }
}
