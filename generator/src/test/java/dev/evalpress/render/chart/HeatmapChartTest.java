package dev.evalpress.render.chart;

import static dev.evalpress.render.chart.SvgAssertions.joinedText;
import static dev.evalpress.render.chart.SvgAssertions.parse;
import static dev.evalpress.render.chart.SvgAssertions.rectFills;
import static dev.evalpress.render.chart.SvgAssertions.textFill;
import static dev.evalpress.render.chart.SvgAssertions.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HeatmapChartTest {

  private static final String VIRIDIS_LOW = "rgb(68,1,84)";
  private static final String VIRIDIS_HIGH = "rgb(253,231,37)";
  private static final String MISSING = "rgb(238,238,238)";
  private static final String DARK_TEXT = "rgb(17,17,17)";
  private static final String WHITE = "rgb(255,255,255)";
  // near-white: white is the background, which the dark theme recolours
  private static final String WHITE_TEXT = "rgb(254,254,254)";

  private final SvgChartRenderer renderer = new SvgChartRenderer();

  @Test
  void rendersWellFormedSvgWhoseWidthHeightAndViewBoxAgree() throws Exception {
    HeatmapChartData data = SampleCharts.heatmap();
    String svg = renderer.render(data, "figure-1");

    Element root = parse(svg).getDocumentElement();
    int height = SvgChartRenderer.height(data);
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("id")).isEqualTo("figure-1");
    assertThat(root.getAttribute("width")).isEqualTo("720");
    assertThat(root.getAttribute("height")).isEqualTo(Integer.toString(height));
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 720 " + height);
    // nine rows of 40 px, plus column labels above and the legend below
    assertThat(height).isBetween(9 * 40 + 60, 9 * 40 + 160);
  }

  @Test
  void sameDataGivesIdenticalBytesWhateverTheDefaultLocale() {
    String first = renderer.render(SampleCharts.heatmap(), "h");
    Locale saved = Locale.getDefault();
    String german;
    try {
      Locale.setDefault(Locale.GERMANY);
      german = new SvgChartRenderer().render(SampleCharts.heatmap(), "h");
    } finally {
      Locale.setDefault(saved);
    }

    assertThat(german).isEqualTo(first);
    assertThat(renderer.render(SampleCharts.numberHeatmap(), "n"))
        .isEqualTo(renderer.render(SampleCharts.numberHeatmap(), "n"));
  }

  @Test
  void everyCellIsLabelledWithItsTextAsSelectableText() throws Exception {
    HeatmapChartData data = SampleCharts.heatmap();
    List<String> texts = texts(parse(renderer.render(data, "h")));

    List<String> expected = new ArrayList<>();
    data.labels().forEach(row -> row.stream().filter(l -> !l.isEmpty()).forEach(expected::add));
    assertThat(expected).hasSize(35).contains("96%", "6.5%", "0.5%", "0%");
    for (String label : expected) {
      assertThat(texts).contains(label);
    }
  }

  @Test
  void rowAndColumnLabelsAreShownInFullEvenWhenWrapped() throws Exception {
    HeatmapChartData data = SampleCharts.heatmap();
    String text = joinedText(parse(renderer.render(data, "h")));

    for (String row : data.rows()) {
      assertThat(text).contains(row);
    }
    for (String column : SampleCharts.CONDITIONS) {
      assertThat(text).contains(column);
    }
    assertThat(text).containsSubsequence(data.rows().toArray(String[]::new));
    assertThat(text).doesNotContain("\u2026");
  }

  @Test
  void aCellWithoutDataIsGreyWithADash() throws Exception {
    Document doc = parse(renderer.render(SampleCharts.heatmap(), "h"));

    assertThat(texts(doc)).containsOnlyOnce("\u2014");
    assertThat(rectFills(doc)).containsOnlyOnce(MISSING);
    assertThat(textFill(doc, "\u2014")).isEqualTo("rgb(117,117,117)");
  }

  @Test
  void heightGrowsWithTheNumberOfRows() throws Exception {
    HeatmapChartData three = SampleCharts.uniformHeatmap(3, 4, 0.5, "50%");
    HeatmapChartData nine = SampleCharts.uniformHeatmap(9, 4, 0.5, "50%");

    int h3 = SvgChartRenderer.height(three);
    int h9 = SvgChartRenderer.height(nine);
    assertThat(h9 - h3).isEqualTo(6 * 40);
    assertThat(parse(renderer.render(nine, "h")).getDocumentElement().getAttribute("viewBox"))
        .isEqualTo("0 0 720 " + h9);
    assertThat(SvgChartRenderer.height(SampleCharts.bar())).isEqualTo(380);
  }

  @Test
  void proportionsRunFromZeroToHundredPercentWithTextThatContrastsWithTheCell() throws Exception {
    Document zero = parse(renderer.render(SampleCharts.uniformHeatmap(1, 1, 0.0, "0%"), "z"));
    Document hundred = parse(renderer.render(SampleCharts.uniformHeatmap(1, 1, 1.0, "100%"), "o"));

    // background, then the one cell
    assertThat(rectFills(zero)).containsExactly(WHITE, VIRIDIS_LOW);
    assertThat(rectFills(hundred)).containsExactly(WHITE, VIRIDIS_HIGH);
    // the cell label comes before the legend's ticks of the same text
    assertThat(textFill(zero, "0%")).isEqualTo(WHITE_TEXT);
    assertThat(textFill(hundred, "100%")).isEqualTo(DARK_TEXT);
    assertThat(texts(zero)).contains("0%", "50%", "100%", "Rate");
  }

  @Test
  void aProportionScaleDoesNotStretchToTheData() throws Exception {
    HeatmapChartData low =
        new HeatmapChartData(
            "Rate",
            ValueScale.PROPORTION,
            List.of("a"),
            List.of("x", "y"),
            List.of(List.of(0.1, 0.2)),
            List.of(List.of("10%", "20%")));

    assertThat(rectFills(parse(renderer.render(low, "l"))))
        .doesNotContain(VIRIDIS_LOW, VIRIDIS_HIGH);
  }

  @Test
  void numbersRunFromTheSmallestToTheLargestValue() throws Exception {
    Document doc = parse(renderer.render(SampleCharts.numberHeatmap(), "n"));

    assertThat(rectFills(doc)).contains(VIRIDIS_LOW, VIRIDIS_HIGH, MISSING);
    assertThat(texts(doc))
        .contains("\u22121.500", "2.750", "-1.5", "2.75", "Mean score")
        .noneMatch(t -> t.endsWith("%"));
  }

  @Test
  void aValueWithoutALabelIsLabelledWithTheValue() throws Exception {
    HeatmapChartData data =
        new HeatmapChartData(
            "Rate",
            ValueScale.PROPORTION,
            List.of("a"),
            List.of("x"),
            List.of(List.of(0.37)),
            List.of(List.of(" ")));

    assertThat(texts(parse(renderer.render(data, "h")))).contains("37%");
  }

  @Test
  void hostileLabelsAreShownAsTextAndNeverBecomeMarkup() throws Exception {
    String svg = renderer.render(SampleCharts.hostileHeatmap(), "h");

    Document doc = parse(svg);
    assertThat(svg).doesNotContainIgnoringCase("<script").doesNotContain("<b>", "<i>");
    for (String tag : new String[] {"script", "b", "i"}) {
      assertThat(doc.getElementsByTagNameNS("*", tag).getLength()).isZero();
    }
    assertThat(texts(doc))
        .contains(
            "<script>alert(1)</script> & \"x\" ]]>",
            "<i>goal</i>=a&b",
            "end ]]> of CDATA",
            "<b>50%</b>",
            "90% &amp;",
            "Rate & \"<b>\"");
    assertThat(joinedText(doc)).contains("AT&amp;T model with a very long name that goes on");
  }

  @Test
  void manyLongConditionsStandUprightInFull() throws Exception {
    HeatmapChartData data = SampleCharts.manyConditionsHeatmap();
    Document doc = parse(renderer.render(data, "h"));

    String text = joinedText(doc);
    for (String column : data.columns()) {
      assertThat(text).contains(column);
    }
    assertThat(rotatedTexts(doc)).hasSize(2 * data.columns().size());
    List<String> texts = texts(doc);
    data.labels().forEach(row -> assertThat(texts).containsAll(row));
  }

  @Test
  void cellLabelsThatCannotFitTheirTilesAreLeftOutRatherThanOverflowing() throws Exception {
    HeatmapChartData data = SampleCharts.uniformHeatmap(2, 40, 0.37, "37%");

    List<String> texts = texts(parse(renderer.render(data, "h")));

    assertThat(texts).doesNotContain("37%").contains("Model 1", "0%", "100%");
  }

  @Test
  void aGridWithoutColumnsSaysThereIsNoData() throws Exception {
    HeatmapChartData data =
        new HeatmapChartData(
            "Rate",
            ValueScale.PROPORTION,
            List.of("a", "b"),
            List.of(),
            List.of(List.of(), List.of()),
            List.of(List.of(), List.of()));

    assertThat(texts(parse(renderer.render(data, "h")))).containsExactly("No data");
  }

  @Test
  void aGridWithoutAnyDataStillRenders() throws Exception {
    HeatmapChartData data =
        new HeatmapChartData(
            "Rate",
            ValueScale.NUMBER,
            List.of("a", ""),
            List.of("x", "y"),
            List.of(Collections.nCopies(2, Double.NaN), Collections.nCopies(2, Double.NaN)),
            List.of(List.of("", ""), List.of("", "")));

    assertThat(texts(parse(renderer.render(data, "h")))).filteredOn("\u2014"::equals).hasSize(4);
  }

  /** {@code <text>} elements inside a rotating group. */
  private static List<String> rotatedTexts(Document doc) {
    NodeList nodes = doc.getElementsByTagNameNS(SvgAssertions.SVG_NS, "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element parent = (Element) nodes.item(i).getParentNode();
      if (parent.getAttribute("transform").startsWith("matrix(")) {
        out.add(nodes.item(i).getTextContent());
      }
    }
    return out;
  }
}
