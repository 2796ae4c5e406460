package dev.evalpress.render.chart;

import static dev.evalpress.render.chart.SvgAssertions.parse;
import static dev.evalpress.render.chart.SvgAssertions.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryLabelsTest {

  private static final double WIDTH = 120;
  private static final List<Long> STEPS =
      List.of(
          0L, 1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 1000L, 2000L, 4000L, 8000L, 16000L,
          32000L, 64000L, 128000L, 143000L);

  private static List<String> pythia() {
    return STEPS.stream().map(s -> "EleutherAI/pythia-160m@step" + s).toList();
  }

  private static double width(String s) {
    return TextLines.width(s, ChartStyle.TICK_FONT);
  }

  @Test
  void labelsThatFitAreLeftAlone() {
    List<String> models = List.of(SampleCharts.MODELS);
    assertThat(CategoryLabels.shorten(models, WIDTH)).isEqualTo(models);
    assertThat(CategoryLabels.fitted(models))
        .isEqualTo(models.stream().map(CategoryLabels::unbreakable).toList());
  }

  @Test
  void wrappedNamesBreakAtSpacesOnlyNeverInsideAHyphenatedName() {
    assertThat(CategoryLabels.fitted(List.of("GPT-4.1", "org/model")))
        .containsExactly("GPT\u20114.1", "org/\u2060model");
  }

  @Test
  void theCommonPrefixOfAllLabelsGoesFirstAtASeparator() {
    assertThat(
            CategoryLabels.shorten(
                List.of(
                    "EleutherAI/pythia-160m@step128",
                    "EleutherAI/pythia-160m@step1000",
                    "EleutherAI/pythia-160m@step143000"),
                90))
        .containsExactly("step128", "step1000", "step143000");
    // the shared "org/model-alpha" ends inside a word: only "org/model-" goes
    assertThat(
            CategoryLabels.shorten(
                List.of("org/model-alpha-instruct-v1", "org/model-alphabet-instruct-v1"), 160))
        .containsExactly("alpha-instruct-v1", "alphabet-instruct-v1");
    // a label that is all prefix keeps a part of its own
    assertThat(CategoryLabels.shorten(List.of("org/pythia-160m", "org/pythia-160m@step1000"), 110))
        .containsExactly("160m", "160m@step1000");
  }

  @Test
  void everyPythiaCheckpointKeepsItsStepAndNoTwoLabelsAreAlike() {
    List<String> fitted = CategoryLabels.fitted(pythia());
    assertThat(fitted).doesNotHaveDuplicates();
    for (int i = 0; i < STEPS.size(); i++) {
      assertThat(fitted.get(i)).endsWith("step" + STEPS.get(i)).doesNotContain("EleutherAI");
    }
  }

  @Test
  void whatIsStillTooLongIsCutInTheMiddleKeepingItsEnd() {
    List<String> labels =
        List.of(
            "team/a-very-long-descriptive-model-name-that-goes-on-and-on-variant-one",
            "other/a-very-long-descriptive-model-name-that-goes-on-and-on-variant-two");
    List<String> shortened = CategoryLabels.shorten(labels, WIDTH);
    assertThat(shortened)
        .doesNotHaveDuplicates()
        .allSatisfy(
            l -> {
              assertThat(l).contains("\u2026");
              assertThat(width(l)).isLessThanOrEqualTo(WIDTH);
            });
    assertThat(shortened.get(0)).startsWith("te").endsWith("variant-one");
    assertThat(shortened.get(1)).startsWith("ot").endsWith("variant-two");
  }

  @Test
  void labelsThatDifferOnlyInTheMiddleStayDifferent() {
    List<String> labels = new ArrayList<>();
    for (String middle : List.of("alpha", "beta", "gamma")) {
      labels.add("x" + "-lead".repeat(8) + "-" + middle + "-tail".repeat(8));
    }
    labels.add("y" + "-lead".repeat(8) + "-alpha" + "-tail".repeat(8));
    assertThat(CategoryLabels.shorten(labels, WIDTH))
        .doesNotHaveDuplicates()
        .allSatisfy(l -> assertThat(width(l)).isLessThanOrEqualTo(WIDTH));
  }

  @Test
  void identicalNamesStayIdenticalAndEmptyListsWork() {
    assertThat(
            CategoryLabels.shorten(
                List.of(
                    "same-name-that-is-long-enough-to-be-cut-somewhere",
                    "same-name-that-is-long-enough-to-be-cut-somewhere"),
                60))
        .hasSize(2);
    assertThat(CategoryLabels.fitted(List.of())).isEmpty();
  }

  @Test
  void aTrendChartOfCheckpointsShowsEachStepOnItsAxis() throws Exception {
    List<IntervalValue> values = new ArrayList<>();
    List<String> series = new ArrayList<>();
    for (long step : STEPS) {
      values.add(
          SampleCharts.wilson("EleutherAI/pythia-160m@step" + step, 0.3 + step / 500_000.0, 500));
      series.add("EleutherAI");
    }
    List<String> texts =
        texts(
            parse(
                new SvgChartRenderer()
                    .render(
                        new TrendChartData("Accuracy", ValueScale.PROPORTION, values, series),
                        "f")));
    for (long step : STEPS) {
      assertThat(texts).contains("step" + step);
    }
    assertThat(texts).noneMatch(t -> t.startsWith("EleutherAI/pythia"));
  }
}
