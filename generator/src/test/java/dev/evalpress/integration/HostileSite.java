package dev.evalpress.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a source root whose every free-text field holds an {@link XssPayloads} payload: the v1 models, eval-result
 * and training-run files, a per-sample log, an Inspect eval log (a success and an error), an agentic-misalignment
 * results folder, the site settings and a report that draws every kind of directive from that data.
 *
 * <p>Ids stay in their safe charset: the loader rejects anything else (see {@link #UNSAFE_IDS}), so payloads go
 * into names, titles, descriptions, conditions, metric names, notes, sample ids, messages, outputs, rationales,
 * metadata and the names importers take from other frameworks' files.
 */
final class HostileSite {

  /** The eval of the summary files and the sample log. */
  static final String EVAL = "am/hostile";

  /** Ids a hostile file might try; each must be rejected rather than become a folder or a link. */
  static final List<String> UNSAFE_IDS = List.of("<svg onload=x>", "../escape", "javascript:x", "a\"b", "A-1");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  /** Payloads in the order fields take them, so each field gets a different one. */
  private int next;

  private HostileSite() {}

  /** Writes the root into {@code root} and returns it. */
  static Path write(Path root) {
    try {
      new HostileSite().writeAll(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  private String payload() {
    return XssPayloads.pick(next++);
  }

  /** A payload for YAML that authors write, which the loader requires to be printable text. */
  private String printable() {
    return payload().replaceAll("\\p{Cntrl}", "");
  }

  private void writeAll(Path root) throws IOException {
    Path results = root.resolve("results");
    Files.createDirectories(results);
    String metric = payload();
    Map<String, Object> eval = map("id", EVAL, "title", payload(), "metric", metric, "category", "misalignment",
        "direction", "lower-is-better");

    writeYaml(root.resolve("evalpress.yaml"), map(
        "title", printable(),
        "description", printable(),
        "tracked", List.of(map("eval", EVAL, "threshold", 0.05))));

    writeJson(results.resolve("models.json"), map("kind", "models", "version", 1, "models", List.of(
        map("id", "m-1", "name", XssPayloads.formulas().get(0), "family", payload(), "released", "2025-01-01"),
        map("id", "m-2", "name", payload(), "family", XssPayloads.formulas().get(1), "released", "2025-02-01",
            "predecessor", "m-1"))));

    // Two conditions per model, with hostile keys and values; m-2 improves on m-1, so there are verdicts.
    String key = XssPayloads.formulas().get(2);
    String value1 = payload();
    String value2 = payload();
    int[][] counts = {{40, 50, 30, 50}, {2, 50, 1, 50}};
    for (int m = 0; m < 2; m++) {
      writeJson(results.resolve("hostile-m-" + (m + 1) + ".json"), map("kind", "eval-result", "version", 1,
          "eval", eval, "model", "m-" + (m + 1),
          "run", map("date", "2025-03-01", "grader", payload(), "notes", payload()),
          "results", List.of(
              map("condition", map(key, value1), "k", counts[m][0], "n", counts[m][1]),
              map("condition", map(key, value2), "k", counts[m][2], "n", counts[m][3]))));
    }

    String runMetric = payload();
    writeJson(results.resolve("run.json"), map("kind", "training-run", "version", 1,
        "run", map("id", "r-1", "title", XssPayloads.formulas().get(3), "model", payload(), "method", payload(),
            "base", payload()),
        "metrics", map(runMetric, map("direction", "lower-is-better")),
        "points", List.of(map("step", 0, runMetric, map("k", 9, "n", 10)), map("step", 100, runMetric,
            map("k", 3, "n", 10)))));

    List<String> sampleIds = writeSampleLog(results.resolve("samples.jsonl"), eval, key);
    writeInspectLogs(results);
    writeAgenticMisalignment(results.resolve("agentic"));
    writeReport(root.resolve("content/report.md"), metric, runMetric, sampleIds.get(0));
  }

  /**
   * One sample per payload, as the sample's output, plus one whose output is the whole corpus ending in a loop of
   * a payload (a long, collapsed output with a marked loop). Every other field of each sample is a payload too.
   */
  private List<String> writeSampleLog(Path file, Map<String, Object> eval, String conditionKey) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(JSON.writeValueAsString(map("kind", "samples", "version", 1, "eval", eval)));
    List<String> ids = new ArrayList<>();
    List<String> corpus = XssPayloads.all();
    String loop = String.join(" ", java.util.Collections.nCopies(8, "<img src=x onerror=" + XssPayloads.SCRIPT
        + "> again"));
    // Conditions of their own (cycling payloads repeat), so rates from verdicts never meet the summaries' cells.
    List<String> conditions = List.of(payload() + " (log)", payload() + " (log)");
    List<String> outputs = new ArrayList<>(corpus);
    outputs.add(0, String.join("\n", corpus) + "\n" + loop);
    for (int i = 0; i < outputs.size(); i++) {
      String id = payload() + " #" + i;
      ids.add(id);
      Map<String, Object> sample = map("id", id, "eval", EVAL, "model", i % 2 == 0 ? "m-1" : "m-2",
          "condition", map(conditionKey, conditions.get(i / 2 % 2)),
          "input", List.of(map("role", payload(), "content", payload()), map("role", "user", "content", payload())),
          "output", outputs.get(i),
          "verdict", i % 3 == 0,
          "score", 0.5,
          "rationale", payload(),
          "metadata", map(payload(), payload(), "nested", map("html", payload()), "list", List.of(payload())));
      lines.add(JSON.writeValueAsString(sample));
    }
    // Samples of a training run add its eval metric (a payload) to the run.
    for (int step = 0; step <= 100; step += 100) {
      lines.add(JSON.writeValueAsString(map("id", payload(), "eval", EVAL, "run", "r-1", "step", step,
          "input", payload(), "output", payload(), "verdict", step == 0, "rationale", payload())));
    }
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return ids;
  }

  /** An Inspect log that succeeded, with payloads as task, model, scorer and run id; a failed one of a hostile model. */
  private void writeInspectLogs(Path results) throws IOException {
    String success = Files.readString(Path.of("src/test/resources/imports/inspect/success-ci.json"));
    // The task becomes the eval's title (its id keeps only the safe characters); the scorer names the grader.
    success = success
        .replace("\"task\": \"popularity\"",
            "\"task\": " + JSON.writeValueAsString("<svg onload=" + XssPayloads.SCRIPT + ">"))
        .replace("\"openai/gpt-4o-mini\"", JSON.writeValueAsString("evil/" + payload()))
        .replace("\"match\"", JSON.writeValueAsString("'><img src=x onerror=" + XssPayloads.SCRIPT + ">"))
        .replace("Hj4kL9mNp2QrS6tUv8wXyZ", "</script><script>" + XssPayloads.SCRIPT + "</script>");
    Files.writeString(results.resolve("inspect-success.json"), success, StandardCharsets.UTF_8);
    String error = Files.readString(Path.of("src/test/resources/imports/inspect/error.json"))
        .replace("\"mockllm/model\"", JSON.writeValueAsString("mock/\"><svg onload=" + XssPayloads.SCRIPT + ">"));
    Files.writeString(results.resolve("inspect-error.json"), error, StandardCharsets.UTF_8);
  }

  /**
   * An agentic-misalignment results folder. The framework's only displayed strings are its folder names: the model
   * (a display name) and the goal value inside the condition name.
   */
  private void writeAgenticMisalignment(Path dir) throws IOException {
    String model = "<img src=x onerror=" + XssPayloads.SCRIPT + ">";
    String condition = "blackmail_explicit-\"><svg onload=" + XssPayloads.SCRIPT + ">_replacement";
    for (int i = 1; i <= 3; i++) {
      Path sample = dir.resolve("models").resolve(model).resolve(condition).resolve("sample_00" + i);
      Files.createDirectories(sample);
      writeJson(sample.resolve("response.json"),
          map("raw_response", payload(), "classification", map("harmful_behavior", i == 1)));
    }
  }

  /** A report whose front matter and directive captions are payloads, using every directive on hostile data. */
  private void writeReport(Path file, String metric, String runMetric, String sampleId) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder md = new StringBuilder();
    md.append(YAML.writeValueAsString(map("title", printable(), "date", "2025-04-01", "authors", List.of(printable()),
        "summary", printable(), "tags", List.of(printable(), printable()))));
    md.append("---\n\n## Results\n\n");
    md.append("Pooled: {{rate am/hostile m-1}}; change: {{delta am/hostile m-1 m-2}}; {{ratio am/hostile m-1 m-2}}.\n\n");
    // An author quoting a model output: raw HTML is shown as text, and neither links nor attributes ({…}) may
    // carry script.
    md.append(XssPayloads.all().get(1)).append("\n\n");
    md.append("## Quoted {tabindex=0 autofocus onfocus=\"" + XssPayloads.SCRIPT + "\"}\n\n");
    md.append("[a](JaVaScRiPt&#58;" + XssPayloads.SCRIPT + ") [b](b.html){href=\"javascript:" + XssPayloads.SCRIPT
        + "\"}\n\n");
    md.append(directive("chart", map("type", "bar", "eval", EVAL, "caption", printable(), "alt", printable())));
    md.append(directive("chart", map("type", "trend", "eval", EVAL, "caption", printable())));
    md.append(directive("chart", map("type", "heatmap", "eval", EVAL, "caption", printable())));
    md.append(directive("chart", map("type", "training", "runs", List.of("r-1"), "metric", runMetric,
        "caption", printable())));
    md.append(directive("chart", map("type", "training", "runs", List.of("r-1"), "metric", metric,
        "caption", printable())));
    md.append(directive("table", map("eval", EVAL, "by", "condition", "caption", printable())));
    md.append(directive("sample", map("eval", EVAL, "model", "m-1", "id", sampleId, "caption", printable())));
    Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
  }

  private static String directive(String name, Map<String, Object> spec) throws IOException {
    String body = YAML.writeValueAsString(spec).replaceFirst("^---\n", "");
    return "```" + name + "\n" + body + "```\n\n";
  }

  private static void writeJson(Path file, Object value) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, JSON.writeValueAsString(value), StandardCharsets.UTF_8);
  }

  private static void writeYaml(Path file, Object value) throws IOException {
    Files.writeString(file, YAML.writeValueAsString(value).replaceFirst("^---\n", ""), StandardCharsets.UTF_8);
  }

  /** An insertion-ordered map of alternating keys and values. */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
