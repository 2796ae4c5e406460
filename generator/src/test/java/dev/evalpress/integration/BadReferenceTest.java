package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import dev.evalpress.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A report that refers to data that does not exist fails the build, naming the file and line. */
class BadReferenceTest {

  private static final String FRONT = "---\ntitle: Bad\ndate: 2025-01-01\n---\n\nSome text.\n\n";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("```chart\ntype: bar\neval: am/nope\n```\n", 10, "unknown eval \"am/nope\""),
        Arguments.of(
            "```chart\ntype: bar\neval: am/blackmail\nmodels: [alpha-1, gamma-9]\n```\n",
            11,
            "unknown model \"gamma-9\""),
        Arguments.of(
            "```chart\ntype: trend\neval: am/blackmail\nmodels: [alpha-1]\ncondition: {goal: maybe}\n```\n",
            12,
            "no results of eval \"am/blackmail\" under condition goal=maybe"),
        Arguments.of(
            "```chart\ntype: training\nruns: [sft, nope]\nmetric: degeneration_rate\n```\n",
            10,
            "unknown training run \"nope\""),
        Arguments.of(
            "```chart\ntype: training\nruns: [sft, dpo]\nmetric: loss\n```\n",
            11,
            "training run \"dpo\" has no metric \"loss\""),
        Arguments.of(
            "```chart\ntype: pie\neval: am/blackmail\n```\n",
            9,
            "/type: expected one of bar, trend, heatmap, training, got \"pie\""),
        Arguments.of(
            "```chart\ntype: heatmap\neval: am/blackmail\ncondition: {goal: none}\n```\n",
            11,
            "a heatmap shows every condition as a column"),
        Arguments.of(
            "```chart\ntype: training\nruns: [sft]\nmetric: loss\nsmoothing: 1.5\n```\n",
            12,
            "smoothing: expected a weight in [0, 1)"),
        Arguments.of(
            "```table\neval: am/blackmail\nmodel: [alpha-1]\n```\n", 10, "unknown field \"model\""),
        Arguments.of(
            "```table\neval: syco\nmodels: [alpha-1]\n```\n",
            10,
            "model \"alpha-1\" has no results for eval \"syco\""),
        Arguments.of("```chart\ntype: bar\neval: [oops\n```\n", 10, "invalid YAML"),
        Arguments.of("Rate: {{rate am/nope alpha-1}}.\n", 8, "unknown eval \"am/nope\""),
        Arguments.of("Rate: {{rate am/blackmail gamma-9}}.\n", 8, "unknown model \"gamma-9\""),
        Arguments.of(
            "Rate: {{rate am/blackmail alpha-1 goal=maybe}}.\n",
            8,
            "has no result for model \"alpha-1\""),
        Arguments.of("Rate: {{mean am/blackmail alpha-1}}.\n", 8, "unknown reference"),
        Arguments.of("Rate: {{rate am/blackmail}}.\n", 8, "incomplete reference"),
        Arguments.of(
            "Change: {{delta am/blackmail alpha-1 gamma-9}}.\n", 8, "unknown model \"gamma-9\""),
        Arguments.of(
            "Change: {{delta am/blackmail alpha-1 alpha-1}}.\n", 8, "two different models"),
        Arguments.of("Change: {{ratio syco alpha-2 alpha-2}}.\n", 8, "two different models"),
        Arguments.of(
            "Change: {{delta am/blackmail alpha-1 beta-1 goal=none urgency=replacement}}.\n",
            8,
            "has no result for model \"beta-1\""),
        Arguments.of("PGR: {{pgr am/blackmail alpha-1 alpha-2}}.\n", 8, "incomplete reference"),
        Arguments.of(
            "PGR: {{pgr syco beta-1 alpha-2 beta-1}}.\n", 8, "PGR is bootstrapped over counts"),
        Arguments.of(
            "PGR: {{pgr am/blackmail alpha-1 alpha-2 alpha-1}}.\n",
            8,
            "PGR needs three different models"),
        Arguments.of(
            "Ratio: {{ratio syco beta-1 alpha-2}}.\n",
            8,
            "a ratio needs counts (k of n) for Fisher's exact test"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void failsWithFileAndLine(String body, int line, String message, @TempDir Path dir)
      throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Files.writeString(root.resolve("content/bad.md"), FRONT + body, StandardCharsets.UTF_8);
    InputException e =
        catchThrowableOfType(InputException.class, () -> new SiteBuild(root).check());
    assertThat(e).as("build must fail").isNotNull();
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.source().path()).isEqualTo("content/bad.md");
    assertThat(p.source().line()).isEqualTo(line);
    assertThat(p.message()).contains(message);
  }

  @Test
  void reportsEveryBadReferenceOfARun(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Files.writeString(
        root.resolve("content/bad.md"),
        FRONT + "{{rate am/nope alpha-1}}\n\n```chart\ntype: bar\neval: am/nope2\n```\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        root.resolve("content/worse.md"),
        FRONT + "\n{{rate am/blackmail zeta}}\n",
        StandardCharsets.UTF_8);
    InputException e =
        catchThrowableOfType(InputException.class, () -> new SiteBuild(root).check());
    assertThat(e.problems())
        .extracting(p -> p.source().path() + ":" + p.source().line())
        .containsExactly("content/bad.md:8", "content/bad.md:12", "content/worse.md:9");
  }

  @Test
  void malformedDirectiveBlocksAreReportedWithTheResultsProblemsOfTheSameRun(@TempDir Path dir)
      throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Files.writeString(root.resolve("results/broken.json"), "{\"kind\": ", StandardCharsets.UTF_8);
    Files.writeString(
        root.resolve("content/bad.md"),
        FRONT
            + "{{rate am/nope alpha-1}}\n\n```chart\ntype: bar\neval: [oops\n```\n\n```table\neval: x\nmodel: [a]\n```\n",
        StandardCharsets.UTF_8);
    InputException e =
        catchThrowableOfType(InputException.class, () -> new SiteBuild(root).check());
    // the results' problem and both malformed blocks in one run; what the reference and the blocks
    // refer to
    // (am/nope, x) cannot be checked until the results load
    assertThat(e.problems())
        .extracting(p -> p.source().path() + ":" + p.source().line())
        .containsExactly("content/bad.md:12", "content/bad.md:17", "results/broken.json:1");
    assertThat(e.problems().get(0).message()).contains("invalid YAML");
    assertThat(e.problems().get(1).message()).contains("unknown field \"model\"");
  }

  @Test
  void inlineReferenceColumnPointsAtTheBraces(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    Files.writeString(
        root.resolve("content/bad.md"),
        FRONT + "Rate: {{rate am/nope alpha-1}}.\n",
        StandardCharsets.UTF_8);
    InputException e =
        catchThrowableOfType(InputException.class, () -> new SiteBuild(root).check());
    assertThat(e.problems().get(0).toString()).startsWith("content/bad.md:8:7: unknown eval");
  }
}
