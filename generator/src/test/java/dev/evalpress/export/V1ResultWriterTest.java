package dev.evalpress.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.ResultsLoader;
import dev.evalpress.model.Results;
import dev.evalpress.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class V1ResultWriterTest {

  private static final String MODELS =
      "{\"kind\": \"models\", \"version\": 1, \"models\": [{\"id\": \"m\","
          + " \"name\": \"M\", \"family\": \"f\", \"released\": \"2025-01-01\"}]}";

  private static String result(String evalId, String goal) {
    return "{\"kind\": \"eval-result\", \"version\": 1, \"eval\": {\"id\": \""
        + evalId
        + "\", \"title\": \"T\","
        + " \"metric\": \"r\", \"category\": \"other\", \"direction\": \"lower-is-better\"}, \"model\": \"m\","
        + " \"results\": [{\"condition\": {\"goal\": \""
        + goal
        + "\"}, \"k\": 1, \"n\": 10}]}";
  }

  @Test
  void resultsWhoseFileNamesWouldCollideAreAllWrittenAndReadBack(@TempDir Path dir)
      throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("models.json"), MODELS);
    Files.writeString(in.resolve("1.json"), result("a/b", "x"));
    Files.writeString(in.resolve("2.json"), result("a_b", "x"));
    Files.writeString(in.resolve("3.json"), result("a/b", "y"));
    Problems problems = new Problems();
    Results read = ResultsLoader.importFrom(in, problems);
    assertThat(problems.list()).isEmpty();

    List<Path> written = V1ResultWriter.write(read, dir.resolve("out"));

    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("models.json", "a_b--m.json", "a_b--m~2.json", "a_b--m~3.json");
    Results again = ResultsLoader.importFrom(dir.resolve("out"), problems);
    assertThat(problems.list()).isEmpty();
    assertThat(again.evalResults()).hasSize(3);
  }
}
