package dev.evalpress.load.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped for editors state the same id rules the loader applies ({@link Ids}), so
 * an editor never accepts an id a build refuses, or the other way round.
 */
class IdSchemaPatternTest {

  private static final List<String> TOKENS =
      List.of(
          "a",
          "b",
          "7",
          "-",
          "_",
          ".",
          "/",
          "con",
          "nul",
          "com1",
          "lpt9",
          "aux",
          "prn",
          ".html",
          ".csv",
          ".css",
          "html",
          "x.",
          "A",
          "con.txt",
          "gpt-4.1",
          "ab".repeat(30));

  private static final List<String> SCHEMAS =
      List.of(
          "models.schema.json",
          "eval-result.schema.json",
          "training-run.schema.json",
          "sample.schema.json");

  /** Every id pattern of the shipped schemas (the patterns with the reserved-name rule). */
  private static List<String> idPatterns() throws Exception {
    List<String> out = new ArrayList<>();
    for (String schema : SCHEMAS) {
      try (InputStream in =
          IdSchemaPatternTest.class.getResourceAsStream("/dev/evalpress/schema/" + schema)) {
        new ObjectMapper()
            .readTree(in).findValues("pattern").stream()
                .map(JsonNode::asText)
                .filter(p -> p.contains("lpt"))
                .forEach(out::add);
      }
    }
    return out;
  }

  private static List<String> corpus() {
    Random random = new Random(20261125);
    List<String> ids =
        new ArrayList<>(
            List.of(
                "agentic-misalignment/blackmail",
                "opus-4",
                "a",
                "con",
                "con.x/a",
                "a/nul",
                "a.",
                "a./b",
                "x.html",
                "x.html/y",
                "a/b.csv",
                "console",
                "com10",
                "a".repeat(100),
                "a".repeat(101),
                "",
                "/a",
                "a/",
                "a//b",
                "A",
                "-a",
                ".a"));
    for (int i = 0; i < 20_000; i++) {
      StringBuilder id = new StringBuilder();
      for (int t = random.nextInt(6) + 1; t > 0; t--) {
        id.append(TOKENS.get(random.nextInt(TOKENS.size())));
      }
      ids.add(id.toString());
    }
    return ids;
  }

  @Test
  void everyIdPatternAgreesWithTheLoader() throws Exception {
    List<String> patterns = idPatterns();
    // eval ids in eval-result, sample logs and models (its evals); model ids in models,
    // eval-result; run ids in
    // training-run
    assertThat(patterns).hasSize(6);
    List<String> corpus = corpus();
    for (String p : patterns) {
      Pattern compiled = Pattern.compile(p);
      boolean nested = p.endsWith(")*$"); // segments repeated after a slash
      assertThat(corpus)
          .allSatisfy(
              id ->
                  assertThat(compiled.matcher(id).matches())
                      .as(id)
                      .isEqualTo(nested ? Ids.isNested(id) : Ids.isSimple(id)));
    }
  }
}
