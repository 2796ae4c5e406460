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
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.Source;
import dev.evalpress.render.chart.BarChartData;
import dev.evalpress.render.chart.HeatmapChartData;
import dev.evalpress.render.chart.IntervalValue;
import dev.evalpress.render.chart.SvgChartRenderer;
import dev.evalpress.render.chart.TrendChartData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An eval measured on very many versions (a lab's checkpoints): its charts draw a bounded, readable
 * selection, the latest versions of every family, while the CSV keeps every version.
 */
class ManyVersionsChartTest {

  private static final Source SOURCE = Source.file("results/evals/refusals.json");
  private static final EvalDefinition EVAL =
      new EvalDefinition(
          "safety/refusals",
          "Refusals",
          "Refusal rate",
          Category.MISALIGNMENT,
          Direction.LOWER_IS_BETTER,
          SOURCE);
  private static final Condition PLAIN = Condition.of(Map.of("goal", "none"));

  @Test
  void trendOfTenThousandVersionsDrawsEachFamilysLatestTenAndKeepsAllInTheCsv() {
    List<LabelledEstimate> versions = versions(10_000, List.of("atlas", "borealis", "cirrus"), 7);

    ChartContent content = ChartContents.trend(EVAL, Condition.NONE, versions);

    TrendChartData chart = (TrendChartData) content.chart();
    // three families of 3,333+ versions and one of 7: the small one is drawn whole, the others
    // share the rest in turns, so each keeps its 11 latest
    assertThat(chart.values()).hasSize(40);
    assertThat(chart.values().stream().map(IntervalValue::label).filter(l -> l.startsWith("Dusk")))
        .containsExactly("Dusk 1", "Dusk 2", "Dusk 3", "Dusk 4", "Dusk 5", "Dusk 6", "Dusk 7");
    assertThat(
            chart.values().stream()
                .map(IntervalValue::label)
                .filter(l -> l.startsWith("Atlas"))
                .toList())
        .hasSize(11)
        .last()
        .isEqualTo("Atlas " + lastOf(versions, "atlas"));
    // drawn in release order, each version joined to its predecessor when that is drawn too
    List<String> drawnIds = chart.values().stream().map(v -> idOf(versions, v.label())).toList();
    assertThat(drawnIds)
        .isSortedAccordingTo((a, b) -> Integer.compare(indexOf(versions, a), indexOf(versions, b)));
    long joined = chart.previous().stream().filter(p -> p >= 0).count();
    // every drawn version but the first of each family (Dusk 1 has no predecessor at all)
    assertThat(joined).isEqualTo(40 - 4);

    assertThat(content.csv().lines()).hasSize(10_000 + 1);
    assertThat(content.description())
        .contains("by model version (the latest 40 of 10,000 versions, each family's in turn;")
        .hasSizeLessThan(5_000);
  }

  @Test
  void theDrawingOfManyVersionsIsNoLargerThanThatOfForty() {
    String forty =
        new SvgChartRenderer()
            .render(
                ChartContents.trend(EVAL, Condition.NONE, versions(40, List.of("atlas"), 0))
                    .chart(),
                "trend");
    String many =
        new SvgChartRenderer()
            .render(
                ChartContents.trend(EVAL, Condition.NONE, versions(20_000, List.of("atlas"), 0))
                    .chart(),
                "trend");

    assertThat(tooltipCount(many)).isEqualTo(tooltipCount(forty)).isPositive();
    assertThat(many.length()).isLessThan(forty.length() * 11 / 10);
  }

  @Test
  void fortyVersionsOrFewerAreAllDrawn() {
    List<LabelledEstimate> versions = versions(40, List.of("atlas", "borealis"), 0);

    ChartContent content = ChartContents.bar(EVAL, Condition.NONE, versions);

    assertThat(((BarChartData) content.chart()).values()).hasSize(40);
    assertThat(content.description()).doesNotContain("the latest");
  }

  @Test
  void barOfManyVersionsIsBoundedToo() {
    ChartContent content =
        ChartContents.bar(EVAL, Condition.NONE, versions(500, List.of("atlas", "borealis"), 0));

    assertThat(((BarChartData) content.chart()).values()).hasSize(40);
    assertThat(content.csv().lines()).hasSize(501);
  }

  @Test
  void heatmapOfManyVersionsDrawsFortyRowsAndKeepsEveryCellInTheCsv() {
    List<ModelRates> models = new ArrayList<>();
    for (LabelledEstimate v : versions(1_000, List.of("atlas", "borealis"), 0)) {
      models.add(
          new ModelRates(
              v.model(),
              v.estimate(),
              List.of(new ConditionEstimate(PLAIN, v.estimate(), SOURCE)),
              List.of()));
    }

    ChartContent content = ChartContents.heatmap(EVAL, models, List.of(PLAIN));

    HeatmapChartData chart = (HeatmapChartData) content.chart();
    assertThat(chart.rows()).hasSize(40).contains("Atlas 500", "Borealis 500", "Atlas 481");
    assertThat(chart.rows()).doesNotContain("Atlas 480");
    assertThat(content.csv().lines()).hasSize(1_001);
    assertThat(content.description()).contains("the latest 40 of 1,000 versions");
  }

  /**
   * {@code count} versions taking turns in {@code families} (named "Atlas 1", …), released a day
   * apart, each the successor of its family's previous one; then {@code dusk} versions of a family
   * "dusk" released at the very start.
   */
  private static List<LabelledEstimate> versions(int count, List<String> families, int dusk) {
    List<LabelledEstimate> versions = new ArrayList<>();
    LocalDate day = LocalDate.of(2020, 1, 1);
    for (int d = 1; d <= dusk; d++) {
      versions.add(version("dusk", d, day));
      day = day.plusDays(1);
    }
    int[] made = new int[families.size()];
    for (int i = 0; i < count - dusk; i++) {
      int f = i % families.size();
      versions.add(version(families.get(f), ++made[f], day));
      day = day.plusDays(1);
    }
    return versions;
  }

  private static LabelledEstimate version(String family, int n, LocalDate day) {
    String name = Character.toUpperCase(family.charAt(0)) + family.substring(1) + " " + n;
    ModelVersion model =
        new ModelVersion(
            family + "-" + n,
            name,
            family,
            Optional.of(day),
            n == 1 ? Optional.empty() : Optional.of(family + "-" + (n - 1)),
            SOURCE);
    Estimate estimate = Estimator.DEFAULT.estimate(new Counts(n % 90, 100));
    return new LabelledEstimate(model, estimate);
  }

  private static int lastOf(List<LabelledEstimate> versions, String family) {
    return (int) versions.stream().filter(v -> v.model().family().equals(family)).count();
  }

  private static String idOf(List<LabelledEstimate> versions, String name) {
    return versions.stream()
        .filter(v -> v.model().name().equals(name))
        .findFirst()
        .orElseThrow()
        .model()
        .id();
  }

  private static int indexOf(List<LabelledEstimate> versions, String id) {
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).model().id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static int tooltipCount(String svg) {
    Matcher m = Pattern.compile("<title>").matcher(svg);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
