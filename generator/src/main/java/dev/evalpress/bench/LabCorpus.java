package dev.evalpress.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a source root the size of a lab's results: {@code evals} evals in ten suites × {@code
 * versions} model versions in four families (each version the predecessor of the next within its
 * family), every eval measured on nearly every version as a v1 result file, under zero to six
 * conditions, rates and scores mixed, plus a few training runs, a tracked-eval list and one report.
 * Seeded, so every call writes the same files: page sizes measured on it are comparable between
 * commits.
 */
public final class LabCorpus {

  private static final String[] SUITES = {
    "agentic",
    "refusals",
    "sycophancy",
    "honesty",
    "deception",
    "cyber",
    "bio",
    "reasoning",
    "coding",
    "degeneration"
  };
  private static final String[] CATEGORIES = {
    "misalignment",
    "misalignment",
    "sycophancy",
    "other",
    "misalignment",
    "capability",
    "capability",
    "capability",
    "capability",
    "degeneration"
  };
  static final String[] FAMILIES = {"atlas", "borealis", "cirrus", "delta"};
  private static final int[] FAMILY_SHARE = {12, 9, 8, 4};
  private static final String[][] CONDITION_VALUES = {
    {"none", "explicit", "ambiguous"}, {"replacement", "restriction"}
  };

  private static final ObjectMapper JSON = new ObjectMapper();
  private final SplittableRandom random = new SplittableRandom(20251205L);

  private LabCorpus() {}

  /**
   * Writes {@code root/results}, {@code root/content} and {@code root/evalpress.yaml}; the folder
   * must be empty.
   */
  public static void write(Path root, int evals, int versions) throws IOException {
    if (evals < 1 || versions < FAMILIES.length) {
      throw new IllegalArgumentException(
          "evals >= 1 and versions >= " + FAMILIES.length + " expected");
    }
    new LabCorpus().writeAll(root, evals, versions);
  }

  record Version(String id, String name, String family, LocalDate released, String predecessor) {}

  private void writeAll(Path root, int evals, int versions) throws IOException {
    Path results = Files.createDirectories(root.resolve("results"));
    List<Version> models = versions(versions);
    write(results.resolve("models.json"), modelsFile(header("models"), models));
    List<String> tracked = new ArrayList<>();
    for (int e = 0; e < evals; e++) {
      String suite = SUITES[e % SUITES.length];
      String id = suite + "/task-" + String.format(Locale.ROOT, "%03d", e);
      if (e % 25 == 0) {
        tracked.add(id);
      }
      writeEval(results.resolve(suite), e, id, CATEGORIES[e % SUITES.length], models);
    }
    writeRuns(results.resolve("training"), models);
    writeSettings(root, tracked);
    Path content = Files.createDirectories(root.resolve("content"));
    Files.writeString(
        content.resolve("overview.md"),
        "---\ntitle: Lab-scale overview\ndate: 2025-12-01\n"
            + "summary: A report on a synthetic lab-scale corpus.\n---\n\nThe first tracked eval on the latest version:"
            + " {{rate "
            + tracked.get(0)
            + " "
            + models.get(models.size() - 1).id()
            + "}}.\n",
        StandardCharsets.UTF_8);
  }

  /**
   * Versions split over the families in proportion to {@link #FAMILY_SHARE}, released a week apart.
   */
  static List<Version> versions(int count) {
    int shares = java.util.Arrays.stream(FAMILY_SHARE).sum();
    int[] perFamily = new int[FAMILIES.length];
    int assigned = 0;
    for (int f = 0; f < FAMILIES.length; f++) {
      perFamily[f] = Math.max(1, count * FAMILY_SHARE[f] / shares);
      assigned += perFamily[f];
    }
    perFamily[0] += count - assigned;
    List<Version> versions = new ArrayList<>();
    LocalDate day = LocalDate.of(2023, 1, 2);
    int[] made = new int[FAMILIES.length];
    for (int i = 0; versions.size() < count; i++) {
      int f = i % FAMILIES.length;
      if (made[f] == perFamily[f]) {
        continue;
      }
      String family = FAMILIES[f];
      int n = ++made[f];
      String id = family + "-" + n;
      String name = Character.toUpperCase(family.charAt(0)) + family.substring(1) + " " + n;
      versions.add(new Version(id, name, family, day, n == 1 ? null : family + "-" + (n - 1)));
      day = day.plusDays(7);
    }
    return versions;
  }

  private void writeEval(Path folder, int index, String id, String category, List<Version> models)
      throws IOException {
    Files.createDirectories(folder);
    boolean score = index % 5 == 4;
    // 0, 2, 4 or 6 conditions: lab evals range from one prompt set to a grid of scenarios
    int conditions = (index % 4) * 2;
    boolean lowerIsBetter = !category.equals("capability");
    double base = 0.05 + random.nextDouble() * 0.6;
    for (int m = 0; m < models.size(); m++) {
      if ((index + m) % 17 == 0) {
        continue; // not every version is measured on every eval
      }
      Version v = models.get(m);
      ObjectNode file = header("eval-result");
      file.putObject("eval")
          .put("id", id)
          .put("title", title(id))
          .put("metric", score ? "score" : "rate")
          .put("category", category)
          .put("direction", lowerIsBetter ? "lower-is-better" : "higher-is-better");
      file.put("model", v.id());
      file.putObject("run")
          .put("date", v.released().plusDays(3).toString())
          .put("grader", "grader v" + (1 + m % 3));
      ArrayNode rows = file.putArray("results");
      double level = Math.min(0.95, Math.max(0.01, base + (random.nextDouble() - 0.5) * 0.2));
      for (int c = 0; c < Math.max(1, conditions); c++) {
        ObjectNode row = rows.addObject();
        ObjectNode condition = row.putObject("condition");
        if (conditions > 0) {
          condition
              .put("goal", CONDITION_VALUES[0][c % 3])
              .put("urgency", CONDITION_VALUES[1][c / 3 % 2]);
        }
        double p = Math.min(0.99, Math.max(0.0, level + (random.nextDouble() - 0.5) * 0.1));
        int n = 100 + 100 * (index % 3);
        if (score) {
          row.put("mean", Math.round(p * 1000) / 1000.0)
              .put("stderr", Math.round(Math.sqrt(p * (1 - p) / n) * 10000) / 10000.0)
              .put("n", n);
        } else {
          row.put("k", (int) Math.round(p * n)).put("n", n);
        }
      }
      write(folder.resolve(id.substring(id.indexOf('/') + 1) + "-" + v.id() + ".json"), file);
    }
  }

  private static String title(String id) {
    String task = id.substring(id.indexOf('/') + 1);
    String suite = id.substring(0, id.indexOf('/'));
    return Character.toUpperCase(suite.charAt(0))
        + suite.substring(1)
        + " "
        + task.replace('-', ' ');
  }

  private void writeRuns(Path folder, List<Version> models) throws IOException {
    Files.createDirectories(folder);
    for (int r = 0; r < 3; r++) {
      Version model = models.get(models.size() - 1 - r);
      ObjectNode file = header("training-run");
      file.putObject("run")
          .put("id", "run-" + (r + 1))
          .put("title", "Training run " + (r + 1))
          .put("model", model.id())
          .put("method", r % 2 == 0 ? "DPO" : "SFT");
      ObjectNode metrics = file.putObject("metrics");
      metrics.putObject("flag_rate").put("direction", "lower-is-better");
      metrics.putObject("loss").put("direction", "lower-is-better");
      ArrayNode points = file.putArray("points");
      double rate = 0.3;
      for (int step = 0; step <= 5000; step += 100) {
        rate = Math.max(0.01, rate * (0.95 + random.nextDouble() * 0.06));
        ObjectNode point = points.addObject().put("step", step);
        point.putObject("flag_rate").put("k", (int) Math.round(rate * 500)).put("n", 500);
        point.put("loss", Math.round((0.7 - step / 10000.0) * 1000) / 1000.0);
      }
      write(folder.resolve("run-" + (r + 1) + ".json"), file);
    }
  }

  /** A models file: {@code file} (its header written) with every version of {@code models}. */
  static ObjectNode modelsFile(ObjectNode file, List<Version> models) {
    ArrayNode list = file.putArray("models");
    for (Version v : models) {
      ObjectNode m =
          list.addObject()
              .put("id", v.id())
              .put("name", v.name())
              .put("family", v.family())
              .put("released", v.released().toString());
      if (v.predecessor() != null) {
        m.put("predecessor", v.predecessor());
      }
    }
    return file;
  }

  private static void writeSettings(Path root, List<String> tracked) throws IOException {
    StringBuilder yaml = new StringBuilder("title: Lab-scale corpus\ntracked:\n");
    for (String id : tracked) {
      yaml.append("  - eval: ").append(id).append("\n    allow-regression: true\n");
    }
    Files.writeString(root.resolve("evalpress.yaml"), yaml, StandardCharsets.UTF_8);
  }

  /** The start of a v1 input file of {@code kind}. */
  static ObjectNode header(String kind) {
    return JSON.createObjectNode().put("kind", kind).put("version", 1);
  }

  /** Writes {@code node} as indented JSON with a final newline, as the corpora's files all are. */
  static void write(Path file, ObjectNode node) throws IOException {
    Files.writeString(
        file,
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n",
        StandardCharsets.UTF_8);
  }
}
