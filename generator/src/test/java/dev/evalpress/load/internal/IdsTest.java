package dev.evalpress.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ".",
        "..",
        "../x",
        "a/../b",
        "a/./b",
        "/a",
        "a/",
        "a//b",
        "a\\b",
        "c:",
        "a:b",
        "a\u0000",
        "a\n",
        "a ",
        " a",
        "a.",
        "a/b.",
        "a../b",
        "con",
        "CON",
        "nul",
        "aux",
        "prn",
        "com1",
        "com0",
        "lpt1",
        "lpt9",
        "nul.txt",
        "con.json",
        "a/com1/b",
        "a/lpt1.x",
        "Gpt-4",
        "a/B",
        "index.html",
        "a/x.svg",
        "é",
        "a\u202eb"
      })
  void refusesIdsThatAreNotSafeFolderNames(String id) {
    assertThat(Ids.isNested(id)).as(id).isFalse();
    assertThat(Ids.isSimple(id)).as(id).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "gpt-4.1",
        "console",
        "nullable",
        "auxiliary",
        "com10",
        "lpt",
        "con-1",
        "a.b",
        "a_b",
        "0"
      })
  void acceptsOrdinaryIdsIncludingNamesThatOnlyStartLikeReservedOnes(String id) {
    assertThat(Ids.isSimple(id)).as(id).isTrue();
    assertThat(Ids.isNested("x/" + id + "/y")).as(id).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a  b|a-b",
        "crows_pairs_english|crows_pairs_english",
        "ARC-Challenge|arc-challenge",
        "' - mmlu (stem)'|mmlu-stem",
        "exact_match,strict-match|exact_match-strict-match",
        "openai/gpt-4o-mini|openai-gpt-4o-mini",
        "._a.b_-|a.b",
        "a//b|a-b",
        "a - b|a---b",
        "Ethics CM (mini)|ethics-cm-mini",
        "héllo wörld|h-llo-w-rld",
        "v1.5|v1.5",
        "a..b|a..b"
      })
  void segmentLowercasesJoinsRunsOfOtherCharactersIntoOneDashAndTrimsSeparators(
      String name, String segment) {
    assertThat(Ids.segment(name, "x")).isEqualTo(segment);
    assertThat(Ids.isSimple(Ids.segment(name, "x"))).as(name).isTrue();
  }

  @Test
  void segmentOfNothingUsableIsTheCallersFallback() {
    assertThat(Ids.segment("", "metric")).isEqualTo("metric");
    assertThat(Ids.segment(" ._- ", "metric")).isEqualTo("metric");
    assertThat(Ids.segment("///", "task")).isEqualTo("task");
    assertThat(Ids.segment(" ._- ")).isEmpty();
    assertThat(Ids.segment("A b")).isEqualTo("a-b");
  }

  @Test
  void aSegmentIsLowercaseWithEachRunOfOtherCharactersAsOneDashAndNoSeparatorsAtItsEnds() {
    assertThat(Ids.segment("openai/gpt-4o-mini")).isEqualTo("openai-gpt-4o-mini");
    assertThat(Ids.segment("Inspect Evals: MMLU (0-shot)!")).isEqualTo("inspect-evals-mmlu-0-shot");
    assertThat(Ids.segment("_private.Task.V2_")).isEqualTo("private.task.v2");
    assertThat(Ids.segment("..a..b..")).isEqualTo("a..b");
    assertThat(Ids.segment("Ünïcode")).isEqualTo("n-code");
    assertThat(Ids.segment("...")).isEmpty();
    assertThat(Ids.segment("?!")).isEmpty();
    assertThat(Ids.segment("")).isEmpty();
  }
}
