package dev.evalpress.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.analyse.ConditionEstimate;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.Estimator;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.model.Category;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.Score;
import dev.evalpress.model.Source;
import dev.evalpress.render.chart.HeatmapChartData;
import dev.evalpress.render.chart.SvgChartRenderer;
import dev.evalpress.render.chart.ValueScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartContentsTest {

  private static final Source SOURCE = Source.file("results/evals/blackmail.json");
  private static final EvalDefinition EVAL =
      new EvalDefinition(
          "am/blackmail",
          "Agentic misalignment: blackmail",
          "Blackmail rate",
          Category.MISALIGNMENT,
          Direction.LOWER_IS_BETTER,
          SOURCE);
  private static final Condition REPLACEMENT =
      Condition.of(Map.of("goal", "none", "urgency", "replacement"));
  private static final Condition AMERICA =
      Condition.of(Map.of("goal", "explicit-america", "urgency", "replacement"));

  @Test
  void heatmapHasARowPerModelAndAColumnPerConditionWithEmptyCellsWhereAModelWasNotRun() {
    List<ModelRates> models =
        List.of(
            model(
                "opus-3",
                "Claude 3 Opus",
                Map.of(REPLACEMENT, new Counts(86, 100), AMERICA, new Counts(96, 100))),
            model("sonnet-4", "Claude Sonnet 4", Map.of(AMERICA, new Counts(47, 100))),
            model(
                "sonnet-4-5",
                "Claude Sonnet 4.5",
                Map.of(REPLACEMENT, new Counts(3, 200), AMERICA, new Counts(0, 200))));

    ChartContent content = ChartContents.heatmap(EVAL, models, List.of(AMERICA, REPLACEMENT));

    HeatmapChartData chart = (HeatmapChartData) content.chart();
    assertThat(chart.valueLabel()).isEqualTo("Agentic misalignment: blackmail");
    assertThat(chart.scale()).isEqualTo(ValueScale.PROPORTION);
    assertThat(chart.rows())
        .containsExactly("Claude 3 Opus", "Claude Sonnet 4", "Claude Sonnet 4.5");
    assertThat(chart.columns())
        .containsExactly(
            "goal=explicit-america, urgency=replacement", "goal=none, urgency=replacement");
    assertThat(chart.labels())
        .containsExactly(List.of("96%", "86%"), List.of("47%", ""), List.of("0%", "1.5%"));
    assertThat(chart.values().get(0)).containsExactly(0.96, 0.86);
    assertThat(chart.values().get(1).get(1)).isNaN();

    List<String> csv = content.csv().lines().toList();
    assertThat(csv).hasSize(6);
    assertThat(csv.get(0))
        .isEqualTo("model_id,model_name,family,condition,k,n,value,ci_lower,ci_upper");
    assertThat(csv.subList(1, 6))
        .extracting(line -> line.substring(0, nthComma(line, 7)))
        .containsExactly(
            "opus-3,Claude 3 Opus,claude,\"goal=explicit-america, urgency=replacement\",96,100,0.96",
            "opus-3,Claude 3 Opus,claude,\"goal=none, urgency=replacement\",86,100,0.86",
            "sonnet-4,Claude Sonnet 4,claude,\"goal=explicit-america, urgency=replacement\",47,100,0.47",
            "sonnet-4-5,Claude Sonnet 4.5,claude,\"goal=explicit-america, urgency=replacement\",0,200,0",
            "sonnet-4-5,Claude Sonnet 4.5,claude,\"goal=none, urgency=replacement\",3,200,0.015");
    assertThat(csv.get(1)).matches(".*,0\\.96,0\\.9[0-9]*,0\\.9[0-9]*");

    assertThat(content.description())
        .isEqualTo(
            "Heatmap of Agentic misalignment: blackmail (Blackmail rate) by "
                + "model version and condition: Claude 3 Opus: goal=explicit-america, urgency=replacement 96%; "
                + "Claude 3 Opus: goal=none, urgency=replacement 86%; "
                + "Claude Sonnet 4: goal=explicit-america, urgency=replacement 47%; "
                + "Claude Sonnet 4: goal=none, urgency=replacement no data; "
                + "Claude Sonnet 4.5: goal=explicit-america, urgency=replacement 0%; "
                + "Claude Sonnet 4.5: goal=none, urgency=replacement 1.5%.");
    assertThat(new SvgChartRenderer().render(chart, "figure-1"))
        .contains(">96%<", ">1.5%<", ">\u2014<");
  }

  @Test
  void heatmapOfScoresUsesPlainNumbers() {
    List<ModelRates> models =
        List.of(model("a", "Model A", Map.of(REPLACEMENT, new Score(0.25, 0.05, 40))));

    ChartContent content = ChartContents.heatmap(EVAL, models, List.of(REPLACEMENT));

    HeatmapChartData chart = (HeatmapChartData) content.chart();
    assertThat(chart.scale()).isEqualTo(ValueScale.NUMBER);
    assertThat(chart.labels()).containsExactly(List.of("0.250"));
    assertThat(content.csv().lines().toList().get(1))
        .startsWith("a,Model A,claude,\"goal=none, urgency=replacement\",,40,0.25,");
  }

  @Test
  void heatmapWithoutModelsSaysSo() {
    ChartContent content = ChartContents.heatmap(EVAL, List.of(), List.of(REPLACEMENT));

    assertThat(content.description()).endsWith("by model version and condition: no data.");
    assertThat(content.csv().lines()).hasSize(1);
    assertThat(((HeatmapChartData) content.chart()).rows()).isEmpty();
  }

  private static int nthComma(String line, int n) {
    // commas inside the quoted condition do not count
    boolean quoted = false;
    int seen = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted && ++seen == n) {
        return i;
      }
    }
    return line.length();
  }

  private static ModelRates model(
      String id, String name, Map<Condition, Measurement> measurements) {
    ModelVersion model =
        new ModelVersion(
            id, name, "claude", Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty(), SOURCE);
    List<ConditionEstimate> conditions = new ArrayList<>();
    measurements.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> conditions.add(new ConditionEstimate(e.getKey(), estimate(e.getValue()), SOURCE)));
    // the heatmap never reads the pooled estimate
    Estimate pooled = conditions.get(0).estimate();
    return new ModelRates(model, pooled, conditions, List.of());
  }

  /** The analysis' estimate of a measurement (the one place that knows how estimates are made). */
  private static Estimate estimate(Measurement m) {
    return Estimator.DEFAULT.estimate(m);
  }
}
