package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An eval the user names {@code EVAL/degeneration} would share its id with the one evalpress makes
 * from EVAL's sample log, and the two would merge silently (two rows for one cell). It is an error
 * naming both places.
 */
class DegenerationEvalClashTest {

  @Test
  void aUserEvalNamedLikeTheGeneratedDegenerationEvalIsAnError(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("samples"), dir.resolve("root"));
    Files.writeString(
        root.resolve("results/degeneration-m-1.json"),
        """
        {"kind": "eval-result", "version": 1,
         "eval": {"id": "am/blackmail/degeneration", "title": "Blackmail: degenerate outputs",
                  "metric": "degeneration_rate", "category": "degeneration", "direction": "lower-is-better"},
         "model": "m-1",
         "results": [{"condition": {"goal": "none"}, "k": 1, "n": 2}]}
        """,
        StandardCharsets.UTF_8);

    InputException e =
        catchThrowableOfType(InputException.class, () -> new SiteBuild(root).check());

    assertThat(e).as("the clash must not merge silently").isNotNull();
    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "results/degeneration-m-1.json:2:10: eval \"am/blackmail/degeneration\" is also the eval evalpress makes"
                + " from the outputs in the sample log results/blackmail.jsonl:1:1 (its degeneration rate); give this"
                + " eval another id");
  }

  @Test
  void aSampleLogOfTheGeneratedIdIsAnErrorToo(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("samples"), dir.resolve("root"));
    Files.writeString(
        root.resolve("results/z-degeneration.jsonl"),
        """
        {"kind": "samples", "version": 1, "eval": {"id": "am/blackmail/degeneration", "title": "Blackmail: degenerate outputs", "metric": "degeneration_rate", "category": "degeneration", "direction": "lower-is-better"}}
        {"id": "d1", "model": "m-1", "condition": {"goal": "none"}, "output": "x", "verdict": true}
        """,
        StandardCharsets.UTF_8);

    InputException e =
        catchThrowableOfType(InputException.class, () -> new SiteBuild(root).check());

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "results/z-degeneration.jsonl:1:43: eval \"am/blackmail/degeneration\" is also the eval evalpress makes"
                + " from the outputs in the sample log results/blackmail.jsonl:1:1 (its degeneration rate); give this"
                + " eval another id");
  }
}
