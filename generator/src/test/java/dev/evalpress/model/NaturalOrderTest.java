package dev.evalpress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

  private static List<String> sorted(String... ids) {
    List<String> list = new ArrayList<>(List.of(ids));
    list.sort(NaturalOrder.INSTANCE);
    return list;
  }

  @Test
  void digitRunsCompareAsNumbers() {
    assertThat(sorted("pythia-160m@step143000", "pythia-160m@step1000", "pythia-160m@step128"))
        .containsExactly("pythia-160m@step128", "pythia-160m@step1000", "pythia-160m@step143000");
    assertThat(
            sorted(
                "eleutherai-pythia-160m-step143000",
                "eleutherai-pythia-160m-step99",
                "eleutherai-pythia-160m-step1000"))
        .containsExactly(
            "eleutherai-pythia-160m-step99",
            "eleutherai-pythia-160m-step1000",
            "eleutherai-pythia-160m-step143000");
  }

  @Test
  void revisionStyleIdsOrderByTheirStep() {
    assertThat(sorted("m-revision-step20", "m-revision-step3", "m-revision-step100"))
        .containsExactly("m-revision-step3", "m-revision-step20", "m-revision-step100");
  }

  @Test
  void earlierNumbersDecideBeforeLaterOnes() {
    assertThat(sorted("pythia-410m-step1", "pythia-70m-step9", "pythia-1.4b-step5"))
        .containsExactly("pythia-1.4b-step5", "pythia-70m-step9", "pythia-410m-step1");
  }

  @Test
  void textComparesCharacterByCharacterAndAPrefixComesFirst() {
    assertThat(sorted("b", "a1", "a", "a-1", "ab")).containsExactly("a", "a-1", "a1", "ab", "b");
  }

  @Test
  void numbersLongerThanALongStillCompareByValue() {
    String big = "m-" + "9".repeat(30);
    String bigger = "m-1" + "0".repeat(30);
    assertThat(sorted(bigger, big, "m-5")).containsExactly("m-5", big, bigger);
  }

  @Test
  void equalNumbersWithLeadingZerosAreStillOrderedSoTheOrderIsTotal() {
    assertThat(NaturalOrder.INSTANCE.compare("step01", "step1")).isNotZero();
    assertThat(Integer.signum(NaturalOrder.INSTANCE.compare("step01", "step1")))
        .isEqualTo(-Integer.signum(NaturalOrder.INSTANCE.compare("step1", "step01")));
    assertThat(sorted("step2", "step01", "step1", "step001"))
        .containsExactly("step001", "step01", "step1", "step2");
    assertThat(NaturalOrder.INSTANCE.compare("same-7", "same-7")).isZero();
  }
}
