package dev.evalpress.render.chart;

import static dev.evalpress.render.chart.SvgAssertions.parse;
import static dev.evalpress.render.chart.SvgAssertions.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What issue 14 asks of charts: lines along predecessor chains, a threshold line, titles on every
 * mark, colours a dark theme can replace, a log step axis, deterministic bytes.
 */
class JournalChartsTest {

  private final SvgChartRenderer renderer = new SvgChartRenderer();

  /** Family A has two model lines (0→2 and 1→3); family B one version. */
  private static TrendChartData twoLinesInOneFamily(double threshold) {
    List<IntervalValue> values = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      values.add(new IntervalValue("v" + i, 0.1 + 0.1 * i, 0.05 + 0.1 * i, 0.15 + 0.1 * i));
    }
    return new TrendChartData(
        "Blackmail",
        ValueScale.PROPORTION,
        values,
        List.of("A", "A", "A", "A", "B"),
        List.of(-1, -1, 0, 1, -1),
        threshold);
  }

  @Test
  void linesJoinAVersionOnlyToItsPredecessorWithinItsFamily() {
    TrendChartData data = twoLinesInOneFamily(Double.NaN);
    assertThat(List.of(0, 1, 2, 3, 4).stream().map(data::joinedTo))
        .containsExactly(-1, -1, 0, 1, -1);
    // a predecessor of another family is not joined
    TrendChartData crossing =
        new TrendChartData(
            "x",
            ValueScale.NUMBER,
            data.values().subList(0, 2),
            List.of("A", "B"),
            List.of(-1, 0),
            Double.NaN);
    assertThat(crossing.joinedTo(1)).isEqualTo(-1);
  }

  @Test
  void eachFamilyHasOneColourAndEachModelLineALegendEntry() throws Exception {
    String svg = renderer.render(twoLinesInOneFamily(Double.NaN), "t");
    List<String> texts = texts(parse(svg));
    // family A's two lines share no words, so each is named by family and first version
    assertThat(texts).contains("A: v0", "A: v1", "B");
    // two model lines of family A: 2-px segments and legend lines, all in the first series colour
    assertThat(SvgText.count(svg, "stroke-width:2.0;stroke:var(--series-1, rgb(0,114,178))"))
        .isGreaterThanOrEqualTo(4); // two segments plus two legend lines
    assertThat(svg).contains("var(--series-2, rgb(213,94,0))");
  }

  @Test
  void modelLinesOfOneFamilyDifferByDashAndMarker() throws Exception {
    String svg = renderer.render(twoLinesInOneFamily(Double.NaN), "t");
    String solid = "stroke:var(--series-1, rgb(0,114,178));stroke-opacity:1.0;stroke-linecap:round";
    String dashed = "stroke-dasharray:7.0,4.0";
    // the first line and its legend entry solid, the second line and its entry dashed
    assertThat(SvgText.count(svg, solid)).isGreaterThanOrEqualTo(2);
    assertThat(SvgText.count(svg, dashed)).isEqualTo(2);
    // round markers on the first line (and family B), square ones on the second
    String marker = "<g style='fill:var\\(--series-1, rgb\\(0,114,178\\)\\);stroke:none'[^>]*>";
    assertThat(matches(svg, marker + "<path d='M[^'C]*C")).isEqualTo(3); // v0, v2, legend
    assertThat(matches(svg, marker + "<path d='M[^'C]*Z'")).isEqualTo(3); // v1, v3, legend
  }

  private static int matches(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void aVersionContinuesTheLineOfThePredecessorItIsNamedLike() {
    List<IntervalValue> values = new ArrayList<>();
    List<String> names =
        List.of("Claude Sonnet 3.7", "Claude Opus 4", "Claude Sonnet 4", "Claude Opus 4.1");
    for (String name : names) {
      values.add(new IntervalValue(name, 0.5, 0.4, 0.6));
    }
    TrendChartData data =
        new TrendChartData(
            "x",
            ValueScale.PROPORTION,
            values,
            List.of("claude", "claude", "claude", "claude"),
            List.of(-1, 0, 0, 1),
            Double.NaN);
    ModelLines lines = ModelLines.of(data, names);
    // Sonnet 4 continues Sonnet 3.7's line; Opus 4 branches off it into a line with Opus 4.1
    assertThat(lines.lineOf(2)).isSameAs(lines.lineOf(0));
    assertThat(lines.lineOf(1)).isSameAs(lines.lineOf(3)).isNotSameAs(lines.lineOf(0));
    assertThat(lines.lines())
        .extracting(ModelLines.Line::name)
        .containsExactly("Claude Sonnet", "Claude Opus");
    assertThat(lines.lines()).extracting(ModelLines.Line::number).containsExactly(0, 1);
  }

  @Test
  void aTrackedThresholdIsDrawnOnBarsToo() throws Exception {
    BarChartData plain = SampleCharts.bar();
    BarChartData tracked =
        new BarChartData(plain.valueLabel(), plain.scale(), plain.values(), 0.05);
    assertThat(texts(parse(renderer.render(tracked, "b")))).contains("Threshold 5%");
    assertThat(renderer.render(plain, "b")).doesNotContain("Threshold");
  }

  @Test
  void aTrackedThresholdIsDrawnAndLabelled() throws Exception {
    String with = renderer.render(twoLinesInOneFamily(0.05), "t");
    String without = renderer.render(twoLinesInOneFamily(Double.NaN), "t");
    assertThat(texts(parse(with))).contains("Threshold 5%");
    assertThat(with).contains("var(--chart-threshold");
    assertThat(without).doesNotContain("Threshold").doesNotContain("rgb(107,31,31)");
  }

  @Test
  void everyMarkHasATitleWithItsNumbers() throws Exception {
    List<String> trend = titles(renderer.render(twoLinesInOneFamily(Double.NaN), "t"));
    assertThat(trend).hasSize(5).contains("v0: 10% (95% CI 5%\u201315%)");
    List<String> bars = titles(renderer.render(SampleCharts.bar(), "b"));
    assertThat(bars).hasSize(SampleCharts.bar().values().size());
    List<String> cells = titles(renderer.render(SampleCharts.heatmap(), "h"));
    assertThat(cells).anyMatch(t -> t.endsWith(": no data"));
    TrainingChartData training = SampleCharts.training(false);
    int points = training.curves().stream().mapToInt(c -> c.raw().size()).sum();
    assertThat(titles(renderer.render(training, "r")))
        .hasSize(points)
        .allMatch(t -> t.contains(", step "));
  }

  @Test
  void colouringIsThemedForDarkModeInsideTheSvg() {
    String svg = renderer.render(SampleCharts.trend(), "t");
    assertThat(svg)
        .contains("<style>svg{--chart-bg:#ffffff;")
        .contains("@media (prefers-color-scheme: dark){svg{--chart-bg:#16181d;")
        .contains("fill:var(--chart-bg, rgb(255,255,255))");
    // no role colour is left bare: every rgb() of the background, text and series is themed
    assertThat(svg).doesNotContainPattern("[^ ]rgb\\(255,255,255\\)");
    assertThat(svg).doesNotContainPattern("[^ ]rgb\\(0,114,178\\)");
  }

  @Test
  void stepsSpanningThreeDecadesUseALogAxis() {
    assertThat(TrainingCharts.logScale(1, 143_000)).isTrue();
    assertThat(TrainingCharts.logScale(0, 143_000)).isFalse();
    assertThat(TrainingCharts.logScale(500, 5_000)).isFalse();
    List<CurvePoint> points = new ArrayList<>();
    for (long step = 1; step <= 100_000; step *= 10) {
      points.add(new CurvePoint(step, 0.5, Double.NaN, Double.NaN));
    }
    String svg =
        renderer.render(
            new TrainingChartData(
                "Training step",
                "Accuracy",
                ValueScale.PROPORTION,
                List.of(new Curve("run", points, List.of()))),
            "l");
    assertThat(svg).contains("Training step (log scale)");
    assertThat(svg).contains(">1,000<").contains(">100,000<");
  }

  @Test
  void bothEndsOfAValueAxisAreLabelled() throws Exception {
    // 0–15% in steps of 2.5%, and 1.20–1.45 in steps of 0.05: floating-point division lost the
    // top tick of the one and the bottom tick of the other
    List<CurvePoint> rates = new ArrayList<>();
    List<CurvePoint> losses = new ArrayList<>();
    for (int step = 0; step <= 5; step++) {
      rates.add(new CurvePoint(step * 1000, 0.06 + 0.01 * step, 0.05, 0.114));
      losses.add(new CurvePoint(step * 1000, 1.43 - 0.045 * step, Double.NaN, Double.NaN));
    }
    String rate =
        renderer.render(
            new TrainingChartData(
                "Training step",
                "Rate",
                ValueScale.PROPORTION,
                List.of(new Curve("r", rates, List.of()))),
            "r");
    String loss =
        renderer.render(
            new TrainingChartData(
                "Training step",
                "Loss",
                ValueScale.NUMBER,
                List.of(new Curve("l", losses, List.of()))),
            "l");
    assertThat(texts(parse(rate))).contains("0.0%", "15.0%");
    assertThat(texts(parse(loss))).contains("1.20", "1.45");
  }

  @Test
  void theSameDataGivesTheSameBytes() {
    assertThat(renderer.render(twoLinesInOneFamily(0.05), "t"))
        .isEqualTo(renderer.render(twoLinesInOneFamily(0.05), "t"));
    assertThat(renderer.render(SampleCharts.training(true), "r"))
        .isEqualTo(renderer.render(SampleCharts.training(true), "r"));
    assertThat(renderer.render(SampleCharts.heatmap(), "h"))
        .isEqualTo(renderer.render(SampleCharts.heatmap(), "h"));
  }

  /** The titles, each inside the element it names (a title before an element names the SVG). */
  private static List<String> titles(String svg) {
    assertThat(svg).doesNotContainPattern("</title><[a-z]");
    return SvgText.groups("<title>([^<]*)</title></", svg);
  }
}
