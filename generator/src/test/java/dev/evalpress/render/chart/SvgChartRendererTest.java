package dev.evalpress.render.chart;

import static dev.evalpress.render.chart.SvgAssertions.curveLines;
import static dev.evalpress.render.chart.SvgAssertions.ids;
import static dev.evalpress.render.chart.SvgAssertions.joinedText;
import static dev.evalpress.render.chart.SvgAssertions.lines;
import static dev.evalpress.render.chart.SvgAssertions.parse;
import static dev.evalpress.render.chart.SvgAssertions.points;
import static dev.evalpress.render.chart.SvgAssertions.references;
import static dev.evalpress.render.chart.SvgAssertions.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evalpress.render.chart.SvgAssertions.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgChartRendererTest {

  private static final String HOSTILE = "<script>alert(1)</script> & \"x\"";
  private final SvgChartRenderer renderer = new SvgChartRenderer();

  static Stream<ChartData> allTypes() {
    return Stream.of(
        SampleCharts.bar(),
        SampleCharts.trend(),
        SampleCharts.singleFamilyTrend(),
        SampleCharts.training(true),
        SampleCharts.training(false),
        SampleCharts.heatmap(),
        SampleCharts.manyConditionsHeatmap(),
        SampleCharts.numberHeatmap());
  }

  static Stream<ChartData> emptyCharts() {
    return Stream.of(
        new BarChartData("Rate", ValueScale.PROPORTION, List.of()),
        new TrendChartData("Rate", ValueScale.NUMBER, List.of(), List.of()),
        new TrainingChartData("Step", "Rate", ValueScale.PROPORTION, List.of()),
        new TrainingChartData(
            "Step",
            "Rate",
            ValueScale.PROPORTION,
            List.of(new Curve("empty run", List.of(), List.of()))),
        new HeatmapChartData(
            "Rate", ValueScale.PROPORTION, List.of(), List.of(), List.of(), List.of()));
  }

  @ParameterizedTest
  @MethodSource("allTypes")
  void rendersWellFormedStandaloneSvgWithViewBox(ChartData data) throws Exception {
    String svg = renderer.render(data, "figure-1");

    assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg");
    Element root = parse(svg).getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo(SvgAssertions.SVG_NS);
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 720 " + SvgChartRenderer.height(data));
    assertThat(root.getAttribute("width")).isEqualTo("720");
    assertThat(root.getAttribute("height"))
        .isEqualTo(Integer.toString(SvgChartRenderer.height(data)));
    if (!(data instanceof HeatmapChartData)) {
      assertThat(SvgChartRenderer.height(data)).isEqualTo(380);
    }
    assertThat(root.getAttribute("id")).isEqualTo("figure-1");
  }

  @ParameterizedTest
  @MethodSource("allTypes")
  void sameDataGivesIdenticalBytes(ChartData data) {
    String first = renderer.render(data, "figure-1");
    String second = new SvgChartRenderer().render(data, "figure-1");

    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("allTypes")
  void everyIdCarriesThePrefixSoTwoChartsOnOnePageNeverCollide(ChartData data) {
    String a = renderer.render(data, "figure-1");
    String b = renderer.render(data, "figure-2");

    Set<String> idsA = ids(a);
    Set<String> idsB = ids(b);
    assertThat(idsA)
        .isNotEmpty()
        .allMatch(id -> id.equals("figure-1") || id.startsWith("figure-1-"));
    assertThat(idsB)
        .isNotEmpty()
        .allMatch(id -> id.equals("figure-2") || id.startsWith("figure-2-"));
    assertThat(idsA).doesNotContainAnyElementsOf(idsB);
    // and every internal reference resolves inside its own document
    assertThat(idsA).containsAll(references(a));
    assertThat(idsB).containsAll(references(b));
  }

  @Test
  void renderingIsThreadSafe() throws Exception {
    String expected = renderer.render(SampleCharts.training(true), "t");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> renderer.render(SampleCharts.training(true), "t")));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void modelLabelsAndAxisLabelAreSelectableText() throws Exception {
    Document doc = parse(renderer.render(SampleCharts.bar(), "f"));

    String text = joinedText(doc);
    for (String model : SampleCharts.MODELS) {
      assertThat(text).contains(model);
    }
    // the rotated value-axis label too: text, not glyph outlines
    assertThat(texts(doc)).contains("Blackmail rate");
  }

  @Test
  void barsAreLabelledWithTheirValue() throws Exception {
    Document doc = parse(renderer.render(SampleCharts.bar(), "f"));

    assertThat(texts(doc)).contains("96%", "9%", "12%");
  }

  @Test
  void hostileLabelsAreShownAsTextAndNeverBecomeMarkup() throws Exception {
    List<IntervalValue> values =
        List.of(
            new IntervalValue(HOSTILE, 0.5, 0.4, 0.6),
            new IntervalValue("end ]]> of CDATA", 0.2, 0.1, 0.3),
            new IntervalValue("AT&amp;T \u0000\u0007\uFFFE\uD800 model", 0.3, 0.2, 0.4));
    String svg =
        renderer.render(new BarChartData("Rate & \"<b>\"", ValueScale.PROPORTION, values), "f");

    Document doc = parse(svg);
    assertThat(svg).doesNotContainIgnoringCase("<script").doesNotContain("<b>");
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(doc.getElementsByTagNameNS("*", "b").getLength()).isZero();
    assertThat(texts(doc))
        .contains(HOSTILE, "end ]]> of CDATA", "AT&amp;T model", "Rate & \"<b>\"");
  }

  @Test
  void hostileTrainingRunNamesAreEscapedInTheLegend() throws Exception {
    Curve curve =
        new Curve(
            HOSTILE,
            List.of(
                new CurvePoint(0, 0.2, Double.NaN, Double.NaN),
                new CurvePoint(1, 0.3, Double.NaN, Double.NaN)),
            List.of());
    String svg =
        renderer.render(
            new TrainingChartData("<i>step</i>", "Rate", ValueScale.PROPORTION, List.of(curve)),
            "f");

    Document doc = parse(svg);
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(texts(doc)).contains(HOSTILE, "<i>step</i>");
  }

  @Test
  void trendJoinsEachPointOnlyToThePreviousPointOfItsOwnFamily() throws Exception {
    // release order interleaves the families: A B A C B A (C has a single version)
    List<String> families =
        List.of("Family A", "Family B", "Family A", "Family C", "Family B", "Family A");
    List<IntervalValue> values = new ArrayList<>();
    for (int i = 0; i < families.size(); i++) {
      values.add(new IntervalValue("v" + i, 0.1 + 0.1 * i, 0.05 + 0.1 * i, 0.15 + 0.1 * i));
    }
    String a = "rgb(0,114,178)"; // Okabe–Ito blue, vermillion, bluish green
    String b = "rgb(213,94,0)";
    String c = "rgb(0,158,115)";

    List<Line> lines =
        lines(
            parse(
                renderer.render(
                    new TrendChartData("Rate", ValueScale.PROPORTION, values, families), "f")));

    // whisker stems: one per value, in value order, at its category centre, in its family's colour
    List<Line> whiskers = lines.stream().filter(l -> l.width() == 1.5 && l.isVertical()).toList();
    assertThat(whiskers).extracting(Line::stroke).containsExactly(a, b, a, c, b, a);
    // the 2px lines: each joins a version to the previous version of its own family, in that
    // family's colour, skipping the categories of other families in between
    List<String> segments =
        lines.stream()
            .filter(l -> l.width() == 2.0)
            .map(
                l ->
                    l.stroke()
                        + " "
                        + category(whiskers, l.x1())
                        + "-"
                        + category(whiskers, l.x2()))
            .toList();
    assertThat(segments).containsExactlyInAnyOrder(a + " 0-2", a + " 2-5", b + " 1-4");
  }

  /** The index of the value whose whisker is at {@code x}, or -1 when no category is there. */
  private static int category(List<Line> whiskers, double x) {
    for (int i = 0; i < whiskers.size(); i++) {
      if (Math.abs(whiskers.get(i).x1() - x) < 0.01) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void trendHasALegendOfFamiliesInOrderOfFirstAppearanceOnlyWhenThereAreSeveral() throws Exception {
    List<IntervalValue> values =
        List.of(
            new IntervalValue("x1", 0.2, 0.1, 0.3),
            new IntervalValue("y1", 0.4, 0.3, 0.5),
            new IntervalValue("x2", 0.6, 0.5, 0.7));
    TrendChartData two =
        new TrendChartData(
            "Rate", ValueScale.PROPORTION, values, List.of("Family Y", "Family X", "Family Y"));
    TrendChartData one =
        new TrendChartData(
            "Rate", ValueScale.PROPORTION, values, List.of("Family Y", "Family Y", "Family Y"));

    assertThat(texts(parse(renderer.render(two, "f")))).containsSubsequence("Family Y", "Family X");
    assertThat(texts(parse(renderer.render(one, "f")))).noneMatch(t -> t.contains("Family"));
  }

  @Test
  void trendPointsAtTheTopOfTheAxisAreNotCutOffByThePlotClip() throws Exception {
    TrendChartData data =
        SampleCharts.oneSeries(
            "Rate",
            ValueScale.PROPORTION,
            List.of(new IntervalValue("a", 1, 0.8, 1), new IntervalValue("b", 0.5, 0.4, 0.6)));
    Document doc = parse(renderer.render(data, "f"));

    assertThat(points(doc, "rgb(0,114,178)"))
        .hasSize(2)
        .allMatch(g -> g.getAttribute("clip-path").isEmpty());
  }

  @Test
  void trendShowsNoValueLabels() throws Exception {
    assertThat(texts(parse(renderer.render(SampleCharts.trend(), "f"))))
        .doesNotContain("96%", "9%");
  }

  @Test
  void hostileFamilyNamesAreShownAsTextInTheLegendAndNeverBecomeMarkup() throws Exception {
    List<IntervalValue> values =
        List.of(
            new IntervalValue("m1", 0.2, 0.1, 0.3),
            new IntervalValue("m2", 0.4, 0.3, 0.5),
            new IntervalValue("m3", 0.6, 0.5, 0.7));
    String svg =
        renderer.render(
            new TrendChartData(
                "Rate",
                ValueScale.PROPORTION,
                values,
                List.of(HOSTILE, "AT&amp;T \u0000 labs", "end ]]> of CDATA")),
            "f");

    Document doc = parse(svg);
    assertThat(svg).doesNotContainIgnoringCase("<script");
    assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
    assertThat(texts(doc)).contains(HOSTILE, "AT&amp;T labs", "end ]]> of CDATA");
  }

  @Test
  void proportionAxisIsLabelledInPercentFromZeroToHundred() throws Exception {
    List<String> texts = texts(parse(renderer.render(SampleCharts.bar(), "f")));

    assertThat(texts).contains("0%", "50%", "100%");
  }

  @Test
  void smallProportionsGetAnAxisRoundedUpToTheNextTenPercent() throws Exception {
    List<IntervalValue> small =
        List.of(new IntervalValue("A", 0.12, 0.08, 0.17), new IntervalValue("B", 0.05, 0.03, 0.08));
    List<String> texts =
        texts(
            parse(
                renderer.render(
                    SampleCharts.oneSeries("Rate", ValueScale.PROPORTION, small), "f")));

    assertThat(texts).contains("0%", "20%").doesNotContain("100%", "30%");
  }

  @Test
  void numberScaleUsesPlainNumbersWhateverTheDefaultLocale() throws Exception {
    TrendChartData data =
        SampleCharts.oneSeries(
            "Score",
            ValueScale.NUMBER,
            List.of(
                new IntervalValue("v1", 1234.5, 1100, 1400),
                new IntervalValue("v2", 2500, 2300, 2700)));
    Locale saved = Locale.getDefault();
    String german;
    try {
      Locale.setDefault(Locale.GERMANY);
      german = renderer.render(data, "f");
    } finally {
      Locale.setDefault(saved);
    }

    assertThat(german).isEqualTo(renderer.render(data, "f"));
    assertThat(texts(parse(german))).contains("1,000", "2,000").noneMatch(t -> t.endsWith("%"));
  }

  @Test
  void smoothedCurveIsDrawnAsFaintRawLineUnderSolidSmoothedLine() throws Exception {
    String blue = "rgb(0,114,178)"; // first Okabe–Ito colour
    TrainingChartData smoothed = SampleCharts.training(true);
    TrainingChartData unsmoothed = SampleCharts.training(false);

    List<double[]> withSmoothing = curveLines(parse(renderer.render(smoothed, "f")), blue);
    List<double[]> withoutSmoothing = curveLines(parse(renderer.render(unsmoothed, "f")), blue);

    assertThat(withSmoothing).hasSize(2);
    assertThat(withSmoothing.get(0)[1]).as("raw line opacity").isLessThan(0.5);
    assertThat(withSmoothing.get(1)[1]).as("smoothed line opacity").isEqualTo(1.0);
    assertThat(withSmoothing.get(1)[0]).as("smoothed line width").isEqualTo(2.0);
    assertThat(withoutSmoothing).hasSize(1);
    assertThat(withoutSmoothing.get(0)[1]).isEqualTo(1.0);
  }

  @Test
  void trainingChartHasALegendEntryPerRun() throws Exception {
    List<String> texts = texts(parse(renderer.render(SampleCharts.training(true), "f")));

    assertThat(texts)
        .contains(
            "run-a (baseline)", "run-b (+harmlessness data)", "run-c (+RLAIF)", "Training step");
  }

  @Test
  void manyLongModelNamesAreRotatedButStaySelectableText() throws Exception {
    List<IntervalValue> many = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      many.add(new IntervalValue("Claude Sonnet 4." + i + " (2025 snapshot)", 0.5, 0.4, 0.6));
    }
    Document doc =
        parse(renderer.render(new BarChartData("Rate", ValueScale.PROPORTION, many), "f"));

    // too long to draw whole: the "Claude Sonnet " every label shares goes (CategoryLabelsTest)
    assertThat(texts(doc)).contains("4.0 (2025 snapshot)", "4.11 (2025 snapshot)");
  }

  @Test
  void degenerateInputsStillRender() throws Exception {
    CurvePoint lone = new CurvePoint(5, 0.5, 0.4, 0.6);
    List<ChartData> odd =
        List.of(
            SampleCharts.oneSeries(
                "Rate", ValueScale.PROPORTION, List.of(new IntervalValue("only", 1, 1, 1))),
            new BarChartData(
                "Rate",
                ValueScale.PROPORTION,
                List.of(
                    new IntervalValue("same", 0.5, 0.5, 0.5),
                    new IntervalValue("same", 0, 0, 0.02))),
            new BarChartData("", ValueScale.NUMBER, List.of(new IntervalValue("   ", 0, 0, 0))),
            new TrainingChartData(
                "",
                "",
                ValueScale.NUMBER,
                List.of(
                    new Curve("one point", List.of(lone), List.of()),
                    new Curve(
                        "only smoothed",
                        List.of(),
                        List.of(lone, new CurvePoint(9, 0.7, 0.6, 0.8))))));
    for (ChartData data : odd) {
      assertThat(parse(renderer.render(data, "f")).getDocumentElement().getLocalName())
          .isEqualTo("svg");
    }
  }

  @ParameterizedTest
  @MethodSource("emptyCharts")
  void noDataStillGivesAValidSvgWithANote(ChartData data) throws Exception {
    String svg = renderer.render(data, "empty");

    assertThat(texts(parse(svg))).contains("No data");
  }

  @Test
  void idPrefixMustBeAPlainIdentifier() {
    for (String bad : new String[] {null, "", "1st", "a b", "x'y", "a\"b", "<p>"}) {
      assertThatThrownBy(() -> renderer.render(SampleCharts.bar(), bad))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> renderer.render(SampleCharts.heatmap(), bad))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
