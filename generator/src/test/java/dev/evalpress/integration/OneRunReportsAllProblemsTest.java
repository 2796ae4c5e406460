package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run reports every problem across results, sample logs, settings, front matter, directives and
 * references, except where one problem makes another check meaningless; then it says how many
 * checks it skipped and why. The list is the same for any thread count.
 */
class OneRunReportsAllProblemsTest {

  private static final String BAD_LINE =
      "{\"id\": \"z\", \"model\": \"m-1\", \"output\": \"x\", \"verdict\": \"yes\"}\n";

  private static Path samplesSite(Path dir) {
    return BuiltSite.copy(BuiltSite.fixture("samples"), dir.resolve("root"));
  }

  private static InputException check(Path root, int threads) {
    InputException e =
        catchThrowableOfType(
            InputException.class,
            () -> new SiteBuild(root, BuildOptions.defaults().withThreads(threads)).check());
    assertThat(e).as("check must fail").isNotNull();
    return e;
  }

  private static List<String> lines(InputException e) {
    return e.problems().stream().map(Object::toString).toList();
  }

  private static void append(Path file, String text) throws Exception {
    Files.writeString(file, Files.readString(file) + text, StandardCharsets.UTF_8);
  }

  @Test
  void aBadSampleLineIsReportedWhileAResultFileHasAProblem(@TempDir Path dir) throws Exception {
    Path root = samplesSite(dir);
    Path summary = root.resolve("results/summary-m-1.json");
    Files.writeString(
        summary, Files.readString(summary).replace("\"k\": 2", "\"k\": 2, \"extra\": 1"));
    append(root.resolve("results/blackmail.jsonl"), BAD_LINE);

    InputException e = check(root, 2);

    assertThat(lines(e))
        .anyMatch(
            l ->
                l.startsWith("results/summary-m-1.json:4:")
                    && l.contains("unknown field \"extra\""))
        .anyMatch(
            l ->
                l.startsWith("results/blackmail.jsonl:12:")
                    && l.contains("/verdict: expected true or false"));
    // the report's reference into the results cannot be checked while they are broken, and the run
    // says so
    assertThat(e.skipped())
        .singleElement()
        .asString()
        .matches("\\d+ more checks? skipped because the results have problems: .*");
  }

  @Test
  void settingsErrorsDoNotHideEachOtherNorBadReferences(@TempDir Path dir) throws Exception {
    Path root = samplesSite(dir);
    append(root.resolve("evalpress.yaml"), "colour: blue\ntracked:\n  - eval: am/nope\n");
    append(root.resolve("content/report.md"), "\nAnd {{rate am/blackmail m-9}}.\n");

    InputException e = check(root, 2);

    assertThat(lines(e))
        .anyMatch(l -> l.startsWith("evalpress.yaml:") && l.contains("unknown field \"colour\""))
        .anyMatch(
            l ->
                l.startsWith("evalpress.yaml:")
                    && l.contains("tracked eval \"am/nope\" has no results"))
        .anyMatch(l -> l.startsWith("content/report.md:") && l.contains("m-9"));
    assertThat(e.skipped()).isEmpty();
  }

  @Test
  void brokenFrontMatterDoesNotHideAMalformedDirective(@TempDir Path dir) throws Exception {
    Path root = samplesSite(dir);
    Files.writeString(
        root.resolve("content/broken.md"),
        """
        ---
        title: Broken
        ---

        ```chart
        type: bar
        eval: am/blackmail
        colour: red
        ```
        """,
        StandardCharsets.UTF_8);

    InputException e = check(root, 2);

    assertThat(lines(e))
        .anyMatch(l -> l.startsWith("content/broken.md:2:") && l.contains("\"date\""))
        .anyMatch(
            l -> l.startsWith("content/broken.md:8:") && l.contains("unknown field \"colour\""));
  }

  @Test
  void theProblemsOfALogAreTheSameForAnyThreadCountAndTheLowestLinesComeFirst(@TempDir Path dir)
      throws Exception {
    Path root = samplesSite(dir);
    StringBuilder bad = new StringBuilder();
    // blocks are 4 MiB: pad lines so the bad ones are spread over several blocks and workers
    String pad =
        "{\"id\": \"p%d\", \"model\": \"m-1\", \"output\": \""
            + "x".repeat(2000)
            + "\", \"verdict\": false}\n";
    for (int i = 0; i < 6000; i++) {
      bad.append(i % 50 == 0 ? BAD_LINE : String.format(pad, i));
    }
    append(root.resolve("results/blackmail.jsonl"), bad.toString());

    List<String> one = lines(check(root, 1));
    List<String> four = lines(check(root, 4));
    List<String> eight = lines(check(root, 8));

    assertThat(four).isEqualTo(one);
    assertThat(eight).isEqualTo(one);
    List<String> logLines =
        one.stream().filter(l -> l.startsWith("results/blackmail.jsonl:")).toList();
    assertThat(logLines).hasSize(51);
    assertThat(logLines.get(0))
        .isEqualTo(
            "results/blackmail.jsonl:0:0: 120 bad lines; the 50 with the lowest line"
                + " numbers are listed");
    assertThat(logLines.get(1)).startsWith("results/blackmail.jsonl:12:");
    assertThat(logLines.get(50)).startsWith("results/blackmail.jsonl:" + (12 + 49 * 50) + ":");
  }

  @Test
  void brokenResultRulesInSettingsSkipTheChecksOfWhatReportsName(@TempDir Path dir)
      throws Exception {
    Path root = samplesSite(dir);
    append(root.resolve("evalpress.yaml"), "imports:\n  - files: \"**/*.json\"\n    model: \"\"\n");
    append(root.resolve("content/report.md"), "\nAnd {{rate am/blackmail m-9}}.\n");

    InputException e = check(root, 2);

    assertThat(lines(e))
        .singleElement()
        .asString()
        .startsWith("evalpress.yaml:")
        .contains("/imports/0/model");
    assertThat(e.skipped())
        .containsExactly(
            "5 more checks skipped because the ignore:, imports: or evals: entries"
                + " of evalpress.yaml have problems, so results/ is not read as meant: 3 directives and references in"
                + " reports, 1 tracked:, evals: or samples: entry in evalpress.yaml and 1 sample log are checked against"
                + " the results once they load");
  }
}
