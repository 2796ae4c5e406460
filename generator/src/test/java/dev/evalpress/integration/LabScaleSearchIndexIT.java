package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index of a lab-scale site, 200 evals × 33 model versions (three families of 11) and 10
 * reports of about 2,000 words, stays small: it grows with the number of evals, versions, runs and
 * reports, not with their product and not with transcripts. Prints the size and what each kind of
 * document takes, quoted in the README. An IT because building the 6,600 results takes a couple of
 * minutes.
 */
class LabScaleSearchIndexIT {

  static final int EVALS = 200;
  static final int FAMILIES = 3;
  static final int VERSIONS_PER_FAMILY = 11;
  static final int REPORTS = 10;

  /** The index must load at once on a slow connection: 300 KB is a large photo. */
  static final long BUDGET = 300_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theIndexOfTwoHundredEvalsByThirtyThreeVersionsIsSmall(@TempDir Path dir) throws IOException {
    Path root = writeLabSite(dir.resolve("root"));
    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));
    long index = Files.size(site.out.resolve("assets/search-index.js"));
    long library = Files.size(site.out.resolve("assets/fuse.basic.min.js"));
    System.out.printf(
        "lab-scale site (%d evals × %d versions, %d reports): search-index.js %,d bytes, "
            + "fuse.basic.min.js %,d bytes%n",
        EVALS, FAMILIES * VERSIONS_PER_FAMILY, REPORTS, index, library);
    String text = site.text("assets/search-index.js");
    Map<String, Integer> byKind = new java.util.TreeMap<>();
    for (com.fasterxml.jackson.databind.JsonNode doc :
        JSON.readTree(text.substring(text.indexOf(" = ") + 3, text.length() - 2))) {
      byKind.merge(doc.get("k").asText(), JSON.writeValueAsString(doc).length() + 1, Integer::sum);
    }
    System.out.println("  bytes by kind of document: " + byKind);
    System.out.println(
        "  distinct words of a report: "
            + site.text("assets/search-index.js")
                .split("\"x\":\"")[1]
                .split("\"")[0]
                .split(" ")
                .length);
    assertThat(index).isLessThan(BUDGET);
    assertThat(site.text("assets/search-index.js"))
        .contains("Eval 199 of the lab suite", "Family 2 v11");
  }

  /**
   * Results of every eval on every version, with two conditions each, and reports of generated
   * prose.
   */
  static Path writeLabSite(Path root) throws IOException {
    Random random = new Random(13);
    Path results = Files.createDirectories(root.resolve("results"));
    List<Map<String, Object>> models = new ArrayList<>();
    for (int f = 0; f < FAMILIES; f++) {
      for (int v = 1; v <= VERSIONS_PER_FAMILY; v++) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "fam" + f + "-v" + v);
        m.put("name", "Family " + f + " v" + v);
        m.put("family", "fam" + f);
        m.put("released", String.format("2025-%02d-%02d", v, f + 1));
        if (v > 1) {
          m.put("predecessor", "fam" + f + "-v" + (v - 1));
        }
        models.add(m);
      }
    }
    JSON.writeValue(
        results.resolve("models.json").toFile(),
        Map.of("kind", "models", "version", 1, "models", models));
    Path evals = Files.createDirectories(results.resolve("evals"));
    for (int e = 0; e < EVALS; e++) {
      Map<String, Object> eval =
          Map.of(
              "id",
              "suite" + e % 8 + "/eval-" + e,
              "title",
              "Eval " + e + " of the lab suite",
              "metric",
              "rate_" + e,
              "category",
              e % 2 == 0 ? "misalignment" : "capability",
              "direction",
              "lower-is-better");
      for (Map<String, Object> m : models) {
        List<Map<String, Object>> rows =
            List.of(
                Map.of("condition", Map.of("prompt", "a"), "k", random.nextInt(101), "n", 100),
                Map.of("condition", Map.of("prompt", "b"), "k", random.nextInt(101), "n", 100));
        JSON.writeValue(
            evals.resolve("eval-" + e + "-" + m.get("id") + ".json").toFile(),
            Map.of(
                "kind",
                "eval-result",
                "version",
                1,
                "eval",
                eval,
                "model",
                m.get("id"),
                "results",
                rows));
      }
    }
    Path content = Files.createDirectories(root.resolve("content"));
    // prose-like vocabulary: 5,000 made-up words of 3 to 11 letters, the common ones used far more
    // often (a
    // 2,000-word report then uses about 750 different words, as English prose does)
    String[] words = new String[5000];
    for (int i = 0; i < words.length; i++) {
      StringBuilder w = new StringBuilder();
      for (int c = 0, length = 3 + random.nextInt(9); c < length; c++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = w.toString();
    }
    for (int r = 0; r < REPORTS; r++) {
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 20; p++) {
        body.append("## Section ").append(p).append("\n\n");
        for (int w = 0; w < 100; w++) {
          double u = random.nextDouble();
          body.append(words[(int) (words.length * u * u * u)]).append(w % 15 == 14 ? ". " : " ");
        }
        body.append("\n\n");
      }
      Files.writeString(
          content.resolve("report-" + r + ".md"),
          "---\ntitle: Report "
              + r
              + "\ndate: 2025-12-0"
              + (r % 9 + 1)
              + "\nauthors: [Lab]\nsummary: What report "
              + r
              + " found.\n---\n\n"
              + body);
    }
    return root;
  }
}
