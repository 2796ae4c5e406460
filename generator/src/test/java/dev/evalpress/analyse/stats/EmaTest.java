package dev.evalpress.analyse.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmaTest {

  @Test
  void smoothsLikeTensorBoard() {
    List<Double> s = Ema.smooth(List.of(10.0, 0.0, 0.0), 0.5);
    assertThat(s.get(0)).isEqualTo(10.0);
    assertThat(s.get(1)).isCloseTo(5.0, within(1e-12));
    assertThat(s.get(2)).isCloseTo(2.5, within(1e-12));
  }

  @Test
  void weightZeroLeavesValuesAndBadWeightsAreRefused() {
    assertThat(Ema.smooth(List.of(1.0, 2.0, 3.0), 0)).containsExactly(1.0, 2.0, 3.0);
    assertThat(Ema.smooth(List.of(), 0.9)).isEmpty();
    assertThatThrownBy(() -> Ema.smooth(List.of(1.0), 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
