package dev.evalpress.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a chart-heavy site: {@code evals} rate evals × {@code versions} model versions (the
 * families and release order of {@link LabCorpus}) × {@value #CONDITIONS} conditions, every eval
 * measured on every version, so the build draws one trend chart per eval (the pooled rate per
 * version, one line per family, with interval whiskers). Beside it, one CSV per eval with the same
 * counts, for a matplotlib script ({@link #MATPLOTLIB_SCRIPT}) to draw the same charts from. 200 ×
 * 8 gives 1,601 result files (the models file included). Seeded: the same bytes on every call.
 */
public final class ChartCorpus {

  /** Conditions per result file: two goals crossed with two urgencies. */
  public static final int CONDITIONS = 4;

  /** The classpath resource of the matplotlib script that draws the trend charts. */
  public static final String MATPLOTLIB_SCRIPT = "/dev/evalpress/bench/trend_charts.py";

  /** The CSV header the script reads. */
  public static final String CSV_HEADER = "model_id,model_name,family,predecessor,condition,k,n";

  private static final String[] SUITES = {
    "agentic", "refusals", "sycophancy", "honesty", "deception", "cyber", "bio", "reasoning"
  };
  private static final String[][] CONDITION_GRID = {
    {"none", "replacement"},
    {"explicit", "replacement"},
    {"none", "restriction"},
    {"explicit", "restriction"}
  };

  private ChartCorpus() {}

  /**
   * Writes {@code root/results/}, {@code root/evalpress.yaml} and one {@code <eval>.csv} per eval
   * into {@code csvFolder}; returns the number of result files written (models file included).
   */
  public static int write(Path root, Path csvFolder, int evals, int versions) throws IOException {
    if (evals < 1 || versions < LabCorpus.FAMILIES.length) {
      throw new IllegalArgumentException(
          "evals >= 1 and versions >= " + LabCorpus.FAMILIES.length + " expected");
    }
    return new ChartCorpus().writeAll(root, csvFolder, evals, versions);
  }

  /** Eval {@code e}'s id: {@code suite/task-NNN}. */
  public static String evalId(int e) {
    return SUITES[e % SUITES.length] + "/task-" + String.format(Locale.ROOT, "%03d", e);
  }

  private int writeAll(Path root, Path csvFolder, int evals, int versions) throws IOException {
    Path results = Files.createDirectories(root.resolve("results"));
    Files.createDirectories(csvFolder);
    List<LabCorpus.Version> models = LabCorpus.versions(versions);
    LabCorpus.write(
        results.resolve("models.json"), LabCorpus.modelsFile(LabCorpus.header("models"), models));
    int files = 1;
    for (int e = 0; e < evals; e++) {
      files += writeEval(results, csvFolder, e, models);
    }
    Files.writeString(
        root.resolve("evalpress.yaml"), "title: Chart benchmark\n", StandardCharsets.UTF_8);
    return files;
  }

  private int writeEval(Path results, Path csvFolder, int e, List<LabCorpus.Version> models)
      throws IOException {
    SplittableRandom random = new SplittableRandom(20261205L + 104729L * e);
    String id = evalId(e);
    String suite = id.substring(0, id.indexOf('/'));
    String task = id.substring(id.indexOf('/') + 1);
    Path folder = Files.createDirectories(results.resolve(suite));
    double base = 0.05 + random.nextDouble() * 0.6;
    int n = 100 + 100 * (e % 3);
    try (BufferedWriter csv =
        Files.newBufferedWriter(csvFolder.resolve(suite + "-" + task + ".csv"))) {
      csv.write(CSV_HEADER + "\n");
      for (LabCorpus.Version v : models) {
        ObjectNode file = LabCorpus.header("eval-result");
        file.putObject("eval")
            .put("id", id)
            .put("title", Character.toUpperCase(suite.charAt(0)) + suite.substring(1) + " " + task)
            .put("metric", "rate")
            .put("category", "misalignment")
            .put("direction", "lower-is-better");
        file.put("model", v.id());
        file.putObject("run").put("date", v.released().plusDays(3).toString());
        ArrayNode rows = file.putArray("results");
        double level = Math.min(0.95, Math.max(0.01, base + (random.nextDouble() - 0.5) * 0.2));
        for (String[] condition : CONDITION_GRID) {
          double p = Math.min(0.99, Math.max(0.0, level + (random.nextDouble() - 0.5) * 0.1));
          int k = (int) Math.round(p * n);
          ObjectNode row = rows.addObject();
          row.putObject("condition").put("goal", condition[0]).put("urgency", condition[1]);
          row.put("k", k).put("n", n);
          csv.write(
              String.join(
                      ",",
                      v.id(),
                      v.name(),
                      v.family(),
                      v.predecessor() == null ? "" : v.predecessor(),
                      "goal=" + condition[0] + ";urgency=" + condition[1],
                      Integer.toString(k),
                      Integer.toString(n))
                  + "\n");
        }
        LabCorpus.write(folder.resolve(task + "-" + v.id() + ".json"), file);
      }
    }
    return models.size();
  }
}
