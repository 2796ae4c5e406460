package dev.evalpress.render.page;

import dev.evalpress.analyse.EvalSummary;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.model.Condition;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.RunInfo;
import dev.evalpress.render.figure.ChartContents;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.figure.FigureRenderer;
import dev.evalpress.render.figure.LabelledEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An eval: its trend across versions and a table of k, n, rate and CI per version and condition. */
public final class EvalPage {

  /** One table row; {@code pooled} marks a version's pooled row. */
  public record Row(Link model, String condition, boolean pooled, EstimateView estimate) {}

  /** Provenance of one run. */
  public record RunView(Link model, String date, String grader, String notes) {}

  /** Everything the eval template shows. */
  public record View(String title, String id, String metric, String category, String direction, boolean rate,
      List<Row> rows, List<RunView> runs) {}

  private EvalPage() {}

  public static RenderedPage render(String siteTitle, EvalSummary summary, FigureRenderer figures,
      TemplateRenderer templates) {
    EvalDefinition eval = summary.eval();
    String path = SitePaths.eval(eval.id());
    List<Row> rows = new ArrayList<>();
    List<RunView> runs = new ArrayList<>();
    for (ModelRates m : summary.byModel()) {
      Link model = new Link(m.model().name(), SitePaths.relative(path, SitePaths.model(m.model().id())));
      rows.add(new Row(model, Labels.condition(Condition.NONE), true, EstimateView.of(m.pooled())));
      if (!(m.conditions().size() == 1 && m.conditions().get(0).condition().isEmpty())) {
        m.conditions().forEach(c -> rows.add(new Row(model, c.condition().label(), false,
            EstimateView.of(c.estimate()))));
      }
      for (RunInfo run : m.runs()) {
        runs.add(new RunView(model, run.date().map(Object::toString).orElse(""), run.grader().orElse(""),
            run.notes().orElse("")));
      }
    }
    List<LabelledEstimate> trend =
        summary.byModel().stream().map(m -> new LabelledEstimate(m.model(), m.pooled())).toList();
    Figure figure = figures.render("trend", "Figure 1",
        eval.title() + " across model versions in release order, pooled over conditions (95% CI)", null,
        ChartContents.trend(eval, Condition.NONE, trend));
    View view = new View(eval.title(), eval.id(), eval.metric(), eval.category().label(),
        Labels.direction(eval.direction()), summary.isRate(), rows, runs);
    String html = templates.page("eval",
        Map.of("chrome", Chrome.of(siteTitle, eval.title(), path), "page", view, "figure", figure));
    return new RenderedPage(path, html, List.of(figure));
  }
}
