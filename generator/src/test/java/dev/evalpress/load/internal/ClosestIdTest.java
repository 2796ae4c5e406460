package dev.evalpress.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestIdTest {

  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndSwapsOfNeighbours() {
    assertThat(ClosestId.distance("", "")).isZero();
    assertThat(ClosestId.distance("abc", "abc")).isZero();
    assertThat(ClosestId.distance("", "abc")).isEqualTo(3);
    assertThat(ClosestId.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(ClosestId.distance("blackmail", "Blackmail")).isEqualTo(1);
    assertThat(ClosestId.distance("blackmial", "blackmail")).isEqualTo(1);
    assertThat(ClosestId.distance("am/blackmail", "am/blackmail/degeneration")).isEqualTo(13);
  }

  @Test
  void theClosestIdIsTheOneAtTheSmallestDistanceAndTiesGoToTheFirstInOrder() {
    List<String> ids =
        List.of(
            "agentic-misalignment/leaking",
            "agentic-misalignment/blackmail",
            "sycophancy/feedback");
    assertThat(ClosestId.among("agentic-misalignment/Blackmail", ids))
        .contains("agentic-misalignment/blackmail");
    assertThat(ClosestId.among("sycophancy/feedbak", ids)).contains("sycophancy/feedback");
    assertThat(ClosestId.among("ab", List.of("ba", "aa", "ac"))).contains("aa");
    assertThat(ClosestId.among("x", List.of())).isEmpty();
    assertThat(ClosestId.among("a".repeat(1_000_000), List.of("b", "aa"))).contains("aa");
  }
}
