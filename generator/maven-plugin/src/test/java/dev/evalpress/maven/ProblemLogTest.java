package dev.evalpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.Source;
import dev.evalpress.problem.InputException;
import dev.evalpress.problem.OutputException;
import dev.evalpress.problem.Problem;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class ProblemLogTest {

  /** Keeps the lines logged as errors. */
  private static final class ErrorLines extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
      lines.add(content.toString());
    }
  }

  private static final Problem BAD_JSON =
      new Problem(new Source("results/a.json", 4, 2), "invalid JSON: expected a comma");

  @Test
  void problemsAreLoggedOneALineWithTheirPlaceAndCounted() {
    ErrorLines log = new ErrorLines();
    Path base = Path.of("/p");
    String message =
        new ProblemLog(log, base, base)
            .describe(new InputException(List.of(BAD_JSON), List.of("1 more check skipped")));
    assertThat(log.lines)
        .containsExactly(
            "results/a.json:4:2: invalid JSON: expected a comma", "1 more check skipped");
    assertThat(message).startsWith("1 problem found");
  }

  @Test
  void pathsAreRelativeToTheProjectFolder() {
    Map<Path, String> prefixes =
        Map.of(
            Path.of("/p"), "results/a.json:4:2:",
            Path.of("/p/site"), "site/results/a.json:4:2:",
            Path.of("/elsewhere"), "/elsewhere/results/a.json:4:2:");
    prefixes.forEach(
        (root, expected) ->
            assertThat(new ProblemLog(new ErrorLines(), root, Path.of("/p")).located(BAD_JSON))
                .startsWith(expected));
  }

  @Test
  void aFolderOutsideTheRootIsNamedFromTheProjectFolderWhenInItElseInFull() {
    ProblemLog log = new ProblemLog(new ErrorLines(), Path.of("/p/site"), Path.of("/p"));
    Problem inProject =
        new Problem(new Source("/p/evals/results/a.json", 4, 2), "invalid JSON: expected a comma");
    Problem outside =
        new Problem(new Source("/mnt/shared/a.json", 4, 2), "invalid JSON: expected a comma");
    assertThat(log.located(inProject)).startsWith("evals/results/a.json:4:2:");
    assertThat(log.located(outside)).startsWith("/mnt/shared/a.json:4:2:");
  }

  @Test
  void outputAndFileSystemFailuresAreOneLineAndBugsAreLeftToMaven() {
    ProblemLog log = new ProblemLog(new ErrorLines(), Path.of("/p"), Path.of("/p"));
    assertThat(log.describe(new OutputException("not an evalpress folder: /p/target/x")))
        .isEqualTo("not an evalpress folder: /p/target/x");
    assertThat(log.describe(new NoSuchFileException("/p/results")))
        .isEqualTo("no such file or folder: /p/results");
    assertThat(log.describe(new IllegalStateException("bug"))).isNull();
  }
}
