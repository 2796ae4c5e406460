package dev.evalpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class CorpusBenchTest {

  private static final List<CorpusBench.Row> ROWS =
      List.of(
          new CorpusBench.Row(
              "250",
              250,
              4.0,
              OptionalDouble.of(300 * 1048576.0),
              OptionalDouble.of(2.0),
              OptionalDouble.of(100 * 1048576.0)),
          new CorpusBench.Row(
              "500",
              500,
              6.0,
              OptionalDouble.of(400 * 1048576.0),
              OptionalDouble.of(2.5),
              OptionalDouble.of(120 * 1048576.0)));

  @Test
  void theScalingCsvHasOneLinePerSizeWithBothMediansAndTheRatio() {
    assertThat(CorpusBench.csv(ROWS, "hugo"))
        .isEqualTo(
            "size,x,evalpress_seconds,hugo_seconds,ratio,evalpress_peak_rss_mb,hugo_peak_rss_mb\n"
                + "250,250,4.000,2.000,2.000,300,100\n"
                + "500,500,6.000,2.500,2.400,400,120\n");
  }

  @Test
  void aSkippedToolLeavesItsColumnsEmpty() {
    List<CorpusBench.Row> rows =
        List.of(
            new CorpusBench.Row(
                "50x8",
                400,
                3.5,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty()));
    assertThat(CorpusBench.csv(rows, "matplotlib")).endsWith("\n50x8,400,3.500,,,,\n");
  }

  @Test
  void theScalingChartHasOneLineAndLegendEntryPerTool() {
    String svg = CorpusBench.chart("prose", ROWS, "hugo");
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
    assertThat(doc.select("svg")).isNotEmpty();
    assertThat(doc.text())
        .contains("evalpress (whole build)", "Hugo", "Median wall time (s)", "Reports");
    assertThat(CorpusBench.chart("prose", ROWS, "hugo")).isEqualTo(svg);
  }
}
