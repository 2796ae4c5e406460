package dev.evalpress.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDataTest {

  @Test
  void intervalMustContainTheValue() {
    assertThatThrownBy(() -> new IntervalValue("m", 0.5, 0.6, 0.7))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IntervalValue("m", 0.5, 0.1, 0.4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IntervalValue("m", Double.NaN, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void floatingPointSlipsAtTheEndsAreSnappedOntoTheValue() {
    IntervalValue v = new IntervalValue("m", 1.0, 0.9, 1.0 - 1e-16 - 1e-12);

    assertThat(v.upper()).isEqualTo(1.0);
  }

  @Test
  void curvePointIntervalIsAllOrNothing() {
    assertThat(new CurvePoint(1, 0.5, Double.NaN, Double.NaN).hasInterval()).isFalse();
    assertThat(new CurvePoint(1, 0.5, 0.4, 0.6).hasInterval()).isTrue();
    assertThatThrownBy(() -> new CurvePoint(1, 0.5, 0.4, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trendNeedsOneNonBlankSeriesNamePerValue() {
    List<IntervalValue> two =
        List.of(new IntervalValue("a", 0.5, 0.4, 0.6), new IntervalValue("b", 0.5, 0.4, 0.6));

    assertThat(new TrendChartData("Rate", ValueScale.PROPORTION, two, List.of("x", "y")).series())
        .containsExactly("x", "y");
    assertThatThrownBy(() -> new TrendChartData("Rate", ValueScale.PROPORTION, two, List.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new TrendChartData("Rate", ValueScale.PROPORTION, two, List.of("x", " \t")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new TrendChartData("Rate", ValueScale.PROPORTION, two, List.of("x", "\u0000")))
        .as("a name of characters that cannot be shown is blank")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new TrendChartData("Rate", ValueScale.PROPORTION, two, Arrays.asList("x", null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new TrendChartData("Rate", ValueScale.PROPORTION, two, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void listsAreCopiedSoRecordsStayImmutable() {
    List<IntervalValue> values = new ArrayList<>(List.of(new IntervalValue("a", 0.5, 0.4, 0.6)));
    BarChartData data = new BarChartData("Rate", ValueScale.PROPORTION, values);
    values.clear();

    assertThat(data.values()).hasSize(1);
    assertThatThrownBy(() -> data.values().add(null))
        .isInstanceOf(UnsupportedOperationException.class);

    List<String> series = new ArrayList<>(List.of("x"));
    TrendChartData trend = new TrendChartData("Rate", ValueScale.PROPORTION, data.values(), series);
    series.set(0, "y");

    assertThat(trend.series()).containsExactly("x");
  }

  @Test
  void heatmapNeedsOneValueAndOneLabelPerRowAndColumn() {
    List<String> rows = List.of("a", "b");
    List<String> columns = List.of("x", "y");
    List<List<Double>> values = List.of(List.of(0.1, 0.2), List.of(0.3, Double.NaN));
    List<List<String>> labels = List.of(List.of("10%", "20%"), List.of("30%", ""));

    assertThat(
            new HeatmapChartData("Rate", ValueScale.PROPORTION, rows, columns, values, labels)
                .values())
        .isEqualTo(values);
    assertThatThrownBy(
            () ->
                new HeatmapChartData(
                    "Rate", ValueScale.PROPORTION, rows, columns, values.subList(0, 1), labels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rows");
    assertThatThrownBy(
            () ->
                new HeatmapChartData(
                    "Rate",
                    ValueScale.PROPORTION,
                    rows,
                    columns,
                    List.of(List.of(0.1, 0.2), List.of(0.3)),
                    labels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values row 1");
    assertThatThrownBy(
            () ->
                new HeatmapChartData(
                    "Rate",
                    ValueScale.PROPORTION,
                    rows,
                    columns,
                    values,
                    List.of(List.of("10%", "20%"), List.of("30%", "", "extra"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("labels row 1");
    assertThatThrownBy(
            () ->
                new HeatmapChartData(
                    "Rate",
                    ValueScale.PROPORTION,
                    rows,
                    columns,
                    Arrays.asList(List.of(0.1, 0.2), null),
                    labels))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                new HeatmapChartData(
                    "Rate",
                    ValueScale.PROPORTION,
                    rows,
                    columns,
                    List.of(List.of(0.1, 0.2), Arrays.asList(0.3, null)),
                    labels))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new HeatmapChartData("Rate", null, rows, columns, values, labels))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void heatmapCellsAreFiniteOrMissingAndAMissingCellHasNoLabel() {
    List<String> one = List.of("a");

    assertThatThrownBy(
            () ->
                new HeatmapChartData(
                    "Rate",
                    ValueScale.NUMBER,
                    one,
                    one,
                    List.of(List.of(Double.POSITIVE_INFINITY)),
                    List.of(List.of("inf"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new HeatmapChartData(
                    "Rate",
                    ValueScale.NUMBER,
                    one,
                    one,
                    List.of(List.of(Double.NaN)),
                    List.of(List.of("n/a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(0, 0)");
    assertThat(
            new HeatmapChartData(
                    "Rate",
                    ValueScale.NUMBER,
                    one,
                    one,
                    List.of(List.of(Double.NaN)),
                    List.of(List.of(" \u0000")))
                .hasValue(0, 0))
        .isFalse();
  }

  @Test
  void heatmapListsAreCopiedDeeply() {
    List<Double> row = new ArrayList<>(List.of(0.5));
    List<List<Double>> values = new ArrayList<>(List.of(row));
    List<String> labelRow = new ArrayList<>(List.of("50%"));
    HeatmapChartData data =
        new HeatmapChartData(
            "Rate", ValueScale.PROPORTION, List.of("a"), List.of("x"), values, List.of(labelRow));
    row.set(0, 0.9);
    labelRow.set(0, "90%");
    values.clear();

    assertThat(data.values()).containsExactly(List.of(0.5));
    assertThat(data.labels()).containsExactly(List.of("50%"));
    assertThatThrownBy(() -> data.values().get(0).set(0, 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
