package dev.evalpress.render.page;

import dev.evalpress.analyse.MetricSeries;
import dev.evalpress.analyse.RunSummary;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.model.TrainingPoint;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.render.figure.ChartContents;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.figure.FigureRenderer;
import dev.evalpress.render.format.EstimateText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** A training run: a chart per metric and a table of values by step. */
public final class RunPage {

  /** Everything the run template shows. */
  public record View(
      String title,
      String id,
      List<Fact> facts,
      List<Figure> figures,
      List<String> columns,
      List<List<String>> rows) {}

  private RunPage() {}

  public static RenderedPage render(
      SiteSettings settings,
      RunSummary summary,
      FigureRenderer figureRenderer,
      TemplateRenderer templates) {
    TrainingRun run = summary.run();
    String path = SitePaths.run(run.id());
    List<Fact> facts = new ArrayList<>();
    run.model().ifPresent(v -> facts.add(new Fact("Model", v)));
    run.method().ifPresent(v -> facts.add(new Fact("Method", v)));
    run.base().ifPresent(v -> facts.add(new Fact("Base", v)));
    List<Figure> figures = new ArrayList<>();
    for (MetricSeries metric : summary.metrics()) {
      int number = figures.size() + 1;
      figures.add(
          figureRenderer.render(
              "figure-" + number,
              "Figure " + number,
              metric.metric().name()
                  + " over training steps"
                  + (metric.isRate() ? " (shaded band: confidence interval)" : ""),
              null,
              ChartContents.training(
                  metric.metric().name(), Map.of(run.title(), metric), OptionalDouble.empty())));
    }
    List<String> columns = new ArrayList<>(List.of("step"));
    summary.metrics().forEach(m -> columns.add(m.metric().name()));
    List<List<String>> rows = new ArrayList<>();
    List<Map<Long, String>> cells =
        summary.metrics().stream()
            .map(
                m ->
                    m.points().stream()
                        .collect(
                            java.util.stream.Collectors.toMap(
                                p -> p.step(), p -> EstimateText.full(p.estimate()))))
            .toList();
    for (TrainingPoint point : run.points()) {
      List<String> row = new ArrayList<>(List.of(Long.toString(point.step())));
      cells.forEach(c -> row.add(c.getOrDefault(point.step(), "")));
      rows.add(row);
    }
    View view = new View(run.title(), run.id(), facts, figures, columns, rows);
    String html =
        templates.page(
            "run", Map.of("chrome", Chrome.of(settings, run.title(), path), "page", view));
    return new RenderedPage(path, html, figures);
  }
}
