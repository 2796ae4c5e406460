package dev.evalpress.render.directive;

import dev.evalpress.analyse.report.EvalChart;
import dev.evalpress.analyse.report.EvalSelection;
import dev.evalpress.analyse.report.ResolvedBlock;
import dev.evalpress.analyse.report.TrainingChart;
import dev.evalpress.model.ChartSpec;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.render.figure.ChartContent;
import dev.evalpress.render.figure.ChartContents;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.figure.FigureRenderer;
import dev.evalpress.render.figure.LabelledEstimate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Draws a resolved {@code chart} block as a numbered figure; bar and trend charts of a tracked eval
 * show its threshold, as on the eval's page. Thread-safe, as FigureRenderer is.
 */
final class ChartFigures {

  private final FigureRenderer figures = new FigureRenderer();
  private final SiteSettings settings;

  ChartFigures(SiteSettings settings) {
    this.settings = settings;
  }

  /**
   * @param chart an {@link EvalChart} or a {@link TrainingChart}
   */
  Figure figure(ResolvedBlock chart, String id, String label) {
    ChartSpec spec;
    ChartContent content;
    if (chart instanceof TrainingChart training) {
      spec = training.spec();
      content = ChartContents.training(spec.metric(), training.series(), spec.smoothing());
    } else {
      EvalChart evalChart = (EvalChart) chart;
      spec = evalChart.spec();
      content = evalContent(spec.type(), evalChart.selection(), threshold(evalChart.selection()));
    }
    return figures.render(id, label, spec.caption(), spec.alt().orElse(null), content);
  }

  private OptionalDouble threshold(EvalSelection selection) {
    return settings
        .tracked(selection.eval().eval().id())
        .map(t -> t.threshold())
        .orElse(OptionalDouble.empty());
  }

  private static ChartContent evalContent(
      String type, EvalSelection selection, OptionalDouble threshold) {
    List<LabelledEstimate> values =
        selection.estimates().stream()
            .map(e -> new LabelledEstimate(e.model(), e.estimate()))
            .toList();
    return switch (type) {
      case "bar" ->
          ChartContents.bar(selection.eval().eval(), selection.condition(), values, threshold);
      case "trend" ->
          ChartContents.trend(selection.eval().eval(), selection.condition(), values, threshold);
      default ->
          ChartContents.heatmap(
              selection.eval().eval(),
              selection.models(),
              selection.eval().conditions().stream()
                  .filter(
                      c -> selection.models().stream().anyMatch(m -> m.condition(c).isPresent()))
                  .toList());
    };
  }
}
