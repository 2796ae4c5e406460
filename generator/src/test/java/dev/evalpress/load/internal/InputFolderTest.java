package dev.evalpress.load.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.evalpress.problem.Problem;
import dev.evalpress.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Listing input folders with links followed, bounded, and never reading what is not a file. */
@Timeout(30)
class InputFolderTest {

  @Test
  void aListingStopsWithAProblemAfterTheMostEntries(@TempDir Path root) throws Exception {
    Path results = Files.createDirectories(root.resolve("results"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(results.resolve(i + ".json"), "{}");
    }
    Problems problems = new Problems();

    InputFolder.files(results, "results", p -> true, problems, 3);

    assertThat(problems.list())
        .map(Problem::toString)
        .containsExactly(
            "results:0:0: more than 3 files and folders,"
                + " symbolic links followed; stopped listing: does a link point at a large folder such as / or a home folder?");
  }

  @Test
  void aPipeNamedLikeAResultIsAProblemNotARead(@TempDir Path root) throws Exception {
    Path results = Files.createDirectories(root.resolve("results"));
    Process mkfifo = new ProcessBuilder("mkfifo", results.resolve("pipe.json").toString()).start();
    assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
        .as("mkfifo works here")
        .isTrue();
    Files.writeString(results.resolve("a.json"), "{}");
    Files.writeString(results.resolve(".hidden.json"), "{}");
    Problems problems = new Problems();

    assertThat(InputFolder.files(results, "results", p -> p.toString().endsWith(".json"), problems))
        .containsExactly(results.resolve("a.json"));
    assertThat(problems.list())
        .map(Problem::toString)
        .containsExactly(
            "results/pipe.json:0:0: not a regular file (a pipe, socket or device), so not read; expected a file");
  }

  @Test
  void linksToFilesAndFoldersAreListedUnderTheLinkedPath(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("root"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/sub"));
    Files.writeString(elsewhere.resolve("r.json"), "{}");
    Files.createSymbolicLink(root.resolve("results"), dir.resolve("elsewhere"));
    Problems problems = new Problems();

    assertThat(InputFolder.files(root.resolve("results"), "results", p -> true, problems))
        .containsExactly(root.resolve("results/sub/r.json"));
    assertThat(problems.isEmpty()).isTrue();
  }
}
