package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import dev.evalpress.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No silent no-ops in settings: a {@code samples:}, {@code tracked} or {@code evals:} entry that
 * names nothing fails the build at its place in evalpress.yaml with the closest existing id, so a
 * typo cannot publish transcripts that a policy was meant to withhold or redact.
 */
class SettingsMatchSiteTest {

  private static Path samplesSite(Path dir, String settings) {
    Path from = BuiltSite.fixture("samples");
    Path root = dir.resolve("root");
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = root.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      Files.writeString(root.resolve("evalpress.yaml"), settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  @Test
  void aSamplePolicyWhoseEvalHasNoSamplesFailsWithTheClosestEvalThatHas(@TempDir Path dir) {
    Path root =
        samplesSite(
            dir, "samples:\n  - eval: am/Blackmail\n    publish: false\n    redact: [output]\n");

    assertThatThrownBy(() -> new SiteBuild(root).build(dir.resolve("site")))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::toString)
                    .containsExactly(
                        "evalpress.yaml:2:11: samples: eval \"am/Blackmail\" has no per-sample logs or records,"
                            + " so its publish, cap and redact settings would do nothing; the closest eval with samples is"
                            + " \"am/blackmail\""));
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void aSamplePolicyOfAnEvalWithoutSamplesIsAlsoAProblem(@TempDir Path dir) {
    Path root =
        samplesSite(
            dir,
            "samples:\n  - eval: am/blackmail\n    cap: 3\n  - eval: am/blackmail/degeneration\n"
                + "    publish: false\n");

    assertThatThrownBy(() -> new SiteBuild(root).check())
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::toString)
                    .containsExactly(
                        "evalpress.yaml:4:11: samples: eval \"am/blackmail/degeneration\" has no per-sample"
                            + " logs or records, so its publish, cap and redact settings would do nothing; the closest eval with"
                            + " samples is \"am/blackmail\""));
  }

  @Test
  void trackedEvalsAndEvalRulesThatMatchNothingNameTheClosestEval(@TempDir Path dir) {
    Path root =
        samplesSite(
            dir,
            "tracked:\n  - eval: am/blakmail\nevals:\n  - eval: am/black*x\n"
                + "    category: misalignment\n");

    assertThatThrownBy(() -> new SiteBuild(root).check())
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::toString)
                    .containsExactly(
                        "evalpress.yaml:2:11: tracked eval \"am/blakmail\" has no results; the closest eval is \"am/blackmail\"",
                        "evalpress.yaml:4:11: evals: eval \"am/black*x\" matches no eval; the closest eval is \"am/blackmail\""));
  }

  @Test
  void settingsThatNameWhatExistsBuild(@TempDir Path dir) {
    Path root =
        samplesSite(
            dir,
            "samples:\n  - eval: am/blackmail\n    redact: [output]\ntracked:\n"
                + "  - eval: am/blackmail/degeneration\nevals:\n  - eval: am/*\n    direction: lower-is-better\n");

    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));

    assertThat(site.page("samples/am/blackmail/models/m-1/index.html").text())
        .doesNotContain("I will tell your wife");
  }
}
