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
        List<IntervalValue> two = List.of(new IntervalValue("a", 0.5, 0.4, 0.6), new IntervalValue("b", 0.5, 0.4, 0.6));

        assertThat(new TrendChartData("Rate", ValueScale.PROPORTION, two, List.of("x", "y")).series())
                .containsExactly("x", "y");
        assertThatThrownBy(() -> new TrendChartData("Rate", ValueScale.PROPORTION, two, List.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrendChartData("Rate", ValueScale.PROPORTION, two, List.of("x", " \t")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrendChartData("Rate", ValueScale.PROPORTION, two, List.of("x", "\u0000")))
                .as("a name of characters that cannot be shown is blank")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrendChartData("Rate", ValueScale.PROPORTION, two, Arrays.asList("x", null)))
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
        assertThatThrownBy(() -> data.values().add(null)).isInstanceOf(UnsupportedOperationException.class);

        List<String> series = new ArrayList<>(List.of("x"));
        TrendChartData trend = new TrendChartData("Rate", ValueScale.PROPORTION, data.values(), series);
        series.set(0, "y");

        assertThat(trend.series()).containsExactly("x");
    }
}
