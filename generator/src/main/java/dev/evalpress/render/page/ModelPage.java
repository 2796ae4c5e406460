package dev.evalpress.render.page;

import dev.evalpress.model.SiteSettings;
import dev.evalpress.analyse.ConditionComparison;
import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.analyse.ModelSummary;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.render.format.FindingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A model version: every eval it was measured on, side by side with its predecessor. */
public final class ModelPage {

  /** One condition row; {@code pooled} marks the pooled row. */
  public record Row(String condition, boolean pooled, EstimateView current, EstimateView predecessor,
      ComparisonView comparison, SortKeys currentKeys, SortKeys predecessorKeys, SortKeys changeKeys) {}

  /** One eval's comparison table. */
  public record EvalView(String anchor, Link link, String metric, String direction, boolean rate, List<Row> rows,
      String correction, List<String> findings, String comparedWith) {}

  /** Everything the model template shows; {@code released} is null when the date is unknown (nothing is shown). */
  public record View(String name, String id, String family, String released, Link predecessor, List<EvalView> evals) {}

  private ModelPage() {}

  public static RenderedPage render(SiteSettings settings, ModelSummary summary, TemplateRenderer templates) {
    ModelVersion model = summary.model();
    String path = SitePaths.model(model.id());
    List<EvalView> evals = summary.evals().stream().map(e -> evalView(path, summary, e)).toList();
    Link predecessor = summary.predecessor()
        .map(p -> new Link(p.name(), SitePaths.relative(path, SitePaths.model(p.id())))).orElse(null);
    View view = new View(model.name(), model.id(), model.family(), model.released().map(Object::toString).orElse(null),
        predecessor, evals);
    String html = templates.page("model", Map.of("chrome", Chrome.of(settings, model.name(), path), "page", view));
    return new RenderedPage(path, html, List.of());
  }

  private static EvalView evalView(String path, ModelSummary summary, EvalComparison e) {
    List<Row> rows = new ArrayList<>();
    rows.add(row(path, e.pooled(), true));
    boolean conditionRows = !(e.conditions().size() == 1 && e.conditions().get(0).condition().isEmpty());
    if (conditionRows) {
      e.conditions().forEach(c -> rows.add(row(path, c, false)));
    }
    int m = e.conditionComparisons();
    String correction = conditionRows && m > 1
        ? "Condition verdicts are Holm-corrected over the " + m + " conditions measured on both versions."
        : "";
    if (e.pooledOverShared() > 0) {
      correction += (correction.isEmpty() ? "" : " ") + "The versions were measured on different conditions: the"
          + " pooled change compares only the " + e.pooledOverShared() + " measured on both.";
    }
    String since = FindingText.since(summary.predecessor(), e.baseline());
    if (!since.isEmpty()) {
      // the table's second column is not the predecessor the facts above name: say which version it is
      correction = "Compared with " + e.baseline().get().name() + ", the nearest version before "
          + summary.model().name() + " measured on this eval (its predecessor " + summary.predecessor().get().name()
          + " was not)." + (correction.isEmpty() ? "" : " " + correction);
    }
    boolean rate = e.pooled().current().map(est -> est.isRate()).orElse(false);
    return new EvalView("eval-" + e.eval().id(),
        new Link(e.eval().title(), SitePaths.relative(path, SitePaths.eval(e.eval().id()))),
        e.eval().metric(), Labels.direction(e.eval().direction()), rate, rows, correction,
        e.findings().stream().map(FindingText::describe).toList(),
        e.baseline().or(summary::predecessor).map(ModelVersion::name).orElse("Predecessor"));
  }

  private static Row row(String path, ConditionComparison c, boolean pooled) {
    return new Row(pooled ? Labels.condition(dev.evalpress.model.Condition.NONE) : c.condition().label(), pooled,
        EstimateView.of(c.current()), EstimateView.of(c.predecessor()), ComparisonView.of(c.comparison(), path),
        SortKeys.of(c.current()), SortKeys.of(c.predecessor()), SortKeys.ofChange(c.comparison()));
  }
}
