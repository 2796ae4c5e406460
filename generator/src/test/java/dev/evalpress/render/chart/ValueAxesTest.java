package dev.evalpress.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

class ValueAxesTest {

  @Test
  void proportionAxisEndsAtTheFirstRoundBoundWithFivePercentHeadroom() {
    assertThat(ValueAxes.proportionBound(0.96)).isEqualTo(1.0);
    assertThat(ValueAxes.proportionBound(0.78)).isEqualTo(1.0);
    assertThat(ValueAxes.proportionBound(0.7)).isEqualTo(0.8);
    assertThat(ValueAxes.proportionBound(0.3)).isEqualTo(0.4);
    assertThat(ValueAxes.proportionBound(0.25)).isEqualTo(0.3);
    assertThat(ValueAxes.proportionBound(0.2)).isEqualTo(0.3);
    assertThat(ValueAxes.proportionBound(0.114)).isEqualTo(0.15);
    assertThat(ValueAxes.proportionBound(0.07)).isEqualTo(0.1);
    assertThat(ValueAxes.proportionBound(0.004)).isEqualTo(0.01);
  }

  @Test
  void proportionTicksEndOnTheBound() {
    for (double bound : new double[] {0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8}) {
      double unit = ValueAxes.proportionUnit(bound);
      assertThat(bound / unit)
          .as("intervals up to " + bound)
          .isCloseTo(Math.rint(bound / unit), org.assertj.core.data.Offset.offset(1e-9))
          .isLessThanOrEqualTo(6.0);
    }
  }

  @Test
  void tickUnitsAreRoundAndGiveAtMostSixIntervals() {
    assertThat(ValueAxes.niceUnit(0.3)).isEqualTo(0.05);
    assertThat(ValueAxes.niceUnit(0.1)).isEqualTo(0.02);
    assertThat(ValueAxes.niceUnit(1500)).isEqualTo(250);
    assertThat(ValueAxes.niceUnit(7)).isEqualTo(2);
  }

  @Test
  void tickLabelsUsePercentOrPlainNumbersWithJustEnoughDecimals() {
    assertThat(ValueAxes.format(0.25, ValueScale.PROPORTION).format(0.5)).isEqualTo("50%");
    assertThat(ValueAxes.format(0.005, ValueScale.PROPORTION).format(0.015)).isEqualTo("1.5%");
    assertThat(ValueAxes.format(250, ValueScale.NUMBER).format(1250)).isEqualTo("1,250");
    assertThat(ValueAxes.format(0.25, ValueScale.NUMBER).format(0.5)).isEqualTo("0.50");
  }

  @Test
  void valueLabelsKeepOneDecimalForSmallPercentages() {
    assertThat(ValueAxes.valueFormat(ValueScale.PROPORTION, 0.96).format(0.96)).isEqualTo("96%");
    assertThat(ValueAxes.valueFormat(ValueScale.PROPORTION, 0.012).format(0.012)).isEqualTo("1.2%");
    assertThat(ValueAxes.valueFormat(ValueScale.PROPORTION, 0.0).format(0.0)).isEqualTo("0%");
  }

  @Test
  void numberAxisRangeIsRoundedOutwardToWholeTicks() {
    NumberAxis axis = ValueAxes.create("Score", ValueScale.NUMBER, -2.1, 3.6, true);

    assertThat(axis.getLowerBound()).isEqualTo(-3.0);
    assertThat(axis.getUpperBound()).isEqualTo(4.0);
  }

  @Test
  void axisWithoutDataIsZeroToOne() {
    NumberAxis axis = ValueAxes.create("Rate", ValueScale.PROPORTION, Double.NaN, Double.NaN, true);

    assertThat(axis.getLowerBound()).isZero();
    assertThat(axis.getUpperBound()).isEqualTo(1.0);
  }
}
