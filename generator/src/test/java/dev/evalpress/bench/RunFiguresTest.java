package dev.evalpress.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunFiguresTest {

  @Test
  void theMedianIsTheMiddleRunOrTheMeanOfTheMiddleTwo() {
    assertThat(RunFigures.median(3.0, 1.0, 2.0)).isEqualTo(2.0);
    assertThat(RunFigures.median(4.0, 1.0, 3.0, 2.0)).isEqualTo(2.5);
    assertThat(RunFigures.median(7.0)).isEqualTo(7.0);
    assertThatThrownBy(RunFigures::median).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mediansOfRunsAndTheirRatio() {
    List<Measurement> ours =
        List.of(
            new Measurement(13.8, 500L << 20),
            new Measurement(12.0, 520L << 20),
            new Measurement(15.0, 480L << 20));
    List<Measurement> hugo =
        List.of(
            new Measurement(3.4, 340L << 20),
            new Measurement(3.6, 330L << 20),
            new Measurement(3.0, 350L << 20));
    double time = RunFigures.ratio(RunFigures.medianSeconds(ours), RunFigures.medianSeconds(hugo));
    assertThat(time).isCloseTo(13.8 / 3.4, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(RunFigures.medianPeakRss(ours)).hasValue(500.0 * (1 << 20));
    assertThatThrownBy(() -> RunFigures.ratio(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPeakThatWasNotReadMakesTheMedianPeakUnknown() {
    assertThat(
            RunFigures.medianPeakRss(
                List.of(new Measurement(1, 100), new Measurement(1, -1), new Measurement(1, 90))))
        .isEmpty();
  }
}
