package dev.evalpress.render.chart;

import static dev.evalpress.render.chart.SvgAssertions.parse;
import static dev.evalpress.render.chart.SvgAssertions.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The phone drawing of each chart type: 300 px wide, the same 11–13 px text as the desktop drawing,
 * the value-axis title upright above the plot rather than rotated beside it.
 */
class NarrowChartsTest {

  private static final Pattern FONT_SIZE = Pattern.compile("font-size: ?([0-9.]+)px");

  private final SvgChartRenderer renderer = new SvgChartRenderer();

  private static List<ChartData> everyType() {
    return List.of(
        SampleCharts.bar(),
        SampleCharts.trend(),
        SampleCharts.training(true),
        SampleCharts.heatmap());
  }

  @Test
  void everyChartTypeIsDrawn300WideWithDesktopTextSizes() throws Exception {
    for (ChartData data : everyType()) {
      String svg = renderer.render(data, "n", ChartSize.NARROW);
      Document doc = parse(svg);
      int height = SvgChartRenderer.height(data, ChartSize.NARROW);
      assertThat(doc.getDocumentElement().getAttribute("viewBox"))
          .as(data.getClass().getSimpleName())
          .isEqualTo("0 0 300 " + height);
      Matcher m = FONT_SIZE.matcher(svg);
      int sizes = 0;
      while (m.find()) {
        assertThat(Double.parseDouble(m.group(1))).isBetween(11.0, 13.0);
        sizes++;
      }
      assertThat(sizes).isPositive();
    }
  }

  @Test
  void theValueAxisTitleIsUprightAboveThePlot() throws Exception {
    String wide = renderer.render(SampleCharts.bar(), "w");
    String narrow = renderer.render(SampleCharts.bar(), "n", ChartSize.NARROW);
    String title = SampleCharts.bar().valueLabel();
    assertThat(rotatedText(wide)).anyMatch(t -> t.contains(title));
    assertThat(rotatedText(narrow)).noneMatch(t -> t.contains(title));
    assertThat(String.join(" ", texts(parse(narrow)))).contains(title);
  }

  @Test
  void aHeatmapOnAPhoneKeepsEveryCellAndNamesItsColourScale() throws Exception {
    HeatmapChartData data = SampleCharts.heatmap();
    String svg = renderer.render(data, "n", ChartSize.NARROW);
    List<String> titles = SvgAssertions.texts(parse(svg));
    assertThat(String.join(" ", titles)).contains(data.valueLabel().split(" ")[0]);
    // one titled tile per cell, as on the desktop drawing
    assertThat(SvgText.count(svg, "<title>"))
        .isEqualTo(SvgText.count(renderer.render(data, "w"), "<title>"));
    assertThat(HeatmapCharts.layout(data, ChartSize.NARROW).gridRight()).isLessThanOrEqualTo(300);
  }

  @Test
  void theSameDataGivesTheSameBytes() {
    for (ChartData data : everyType()) {
      assertThat(renderer.render(data, "n", ChartSize.NARROW))
          .isEqualTo(renderer.render(data, "n", ChartSize.NARROW));
    }
  }

  /** The text of every {@code <text>} inside a rotated group. */
  private static List<String> rotatedText(String svg) {
    return SvgText.groups("<g transform='matrix\\(0,-1,1,0,[^']*'><text[^>]*>([^<]*)</text>", svg);
  }
}
