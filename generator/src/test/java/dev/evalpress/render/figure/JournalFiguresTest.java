package dev.evalpress.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.analyse.Estimator;
import dev.evalpress.analyse.MetricSeries;
import dev.evalpress.analyse.SeriesPoint;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.MetricDefinition;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.Source;
import dev.evalpress.render.chart.TrainingChartData;
import dev.evalpress.render.chart.TrendChartData;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Figure content for issue 14: axis titles, model lines, thresholds, alt text, data tables. */
class JournalFiguresTest {

  private static final Source SOURCE = Source.file("results/evals/blackmail.json");
  private static final EvalDefinition EVAL =
      new EvalDefinition(
          "am/blackmail",
          "Blackmail",
          "blackmail_rate",
          Category.MISALIGNMENT,
          Direction.LOWER_IS_BETTER,
          SOURCE);

  private static LabelledEstimate version(String id, String family, String predecessor, int k) {
    return new LabelledEstimate(
        new ModelVersion(
            id, id, family, Optional.empty(), Optional.ofNullable(predecessor), SOURCE),
        Estimator.DEFAULT.estimate(new Counts(k, 100)));
  }

  private static final List<LabelledEstimate> VERSIONS =
      List.of(
          version("haiku-1", "claude", null, 10),
          version("sonnet-1", "claude", null, 30),
          version("gpt-1", "gpt", null, 50),
          version("haiku-2", "claude", "haiku-1", 5),
          version("sonnet-2", "claude", "sonnet-1", 20));

  @Test
  void axisTitlesAreTheEvalTitleOrTheMetricInWordsNeverItsId() {
    ChartContent trend = ChartContents.trend(EVAL, Condition.NONE, VERSIONS);
    assertThat(((TrendChartData) trend.chart()).valueLabel()).isEqualTo("Blackmail");
    assertThat(AxisTitles.ofMetric("blackmail_rate")).isEqualTo("Blackmail rate");
    assertThat(AxisTitles.ofMetric("pass@1")).isEqualTo("Pass@1");
    ChartContent training = ChartContents.training("loss", Map.of(), OptionalDouble.empty());
    TrainingChartData chart = (TrainingChartData) training.chart();
    assertThat(chart.xLabel()).isEqualTo("Training step");
    assertThat(chart.valueLabel()).isEqualTo("Loss");
  }

  @Test
  void trendLinesFollowPredecessorsAndTheThresholdIsPassedOn() {
    TrendChartData chart =
        (TrendChartData)
            ChartContents.trend(EVAL, Condition.NONE, VERSIONS, OptionalDouble.of(0.05)).chart();
    assertThat(chart.previous()).containsExactly(-1, -1, -1, 0, 1);
    assertThat(chart.series()).containsExactly("claude", "claude", "gpt", "claude", "claude");
    assertThat(chart.threshold()).isEqualTo(0.05);
    assertThat(
            ((TrendChartData) ChartContents.trend(EVAL, Condition.NONE, VERSIONS).chart())
                .threshold())
        .isNaN();
  }

  @Test
  void theDataTableHasTheRowsOfTheCsv() {
    ChartContent content = ChartContents.bar(EVAL, Condition.NONE, VERSIONS);
    List<String> csv = content.csv().lines().toList();
    assertThat(content.table().columns()).hasSize(csv.get(0).split(",").length);
    assertThat(content.table().rows()).hasSize(csv.size() - 1);
    assertThat(content.table().rows().get(0)).startsWith("haiku-1", "haiku-1", "claude");
  }

  @Test
  void trainingAltTextHasTheNumbers() {
    MetricSeries series =
        new MetricSeries(
            new MetricDefinition("degeneration_rate", Direction.LOWER_IS_BETTER),
            List.of(
                new SeriesPoint(0, Estimator.DEFAULT.estimate(new Counts(12, 100))),
                new SeriesPoint(500, Estimator.DEFAULT.estimate(new Counts(2, 100))),
                new SeriesPoint(1000, Estimator.DEFAULT.estimate(new Counts(3, 100)))));
    ChartContent content =
        ChartContents.training(
            "degeneration_rate", Map.of("DPO run", series), OptionalDouble.empty());
    assertThat(content.description())
        .isEqualTo(
            "Line chart of Degeneration rate over training steps: DPO run from 12% at step 0 to"
                + " 3% at step 1,000 (lowest 2% at step 500, highest 12% at step 0; 3"
                + " checkpoints).");
    assertThat(content.table().rows()).hasSize(3);
    assertThat(content.table().rows().get(2).get(1)).isEqualTo("1,000");
  }
}
