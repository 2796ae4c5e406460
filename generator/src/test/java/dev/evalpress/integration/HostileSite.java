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
 * Writes a source root whose every free-text field holds an {@link XssPayloads} payload: the v1
 * models, eval-result and training-run files, a per-sample log, an Inspect eval log (a success and
 * an error), an agentic-misalignment results folder, an lm-evaluation-harness results file with its
 * per-sample files, the site settings and a report that draws every kind of directive from that
 * data.
 *
 * <p>Ids stay in their safe charset: the loader rejects anything else (see {@link #UNSAFE_IDS}), so
 * payloads go into names, titles, descriptions, conditions, metric names, notes, sample ids,
 * messages, outputs, rationales, metadata and the names importers take from other frameworks'
 * files.
 */
final class HostileSite {

  /** The eval of the summary files and the sample log. */
  static final String EVAL = "am/hostile";

  /** Ids a hostile file might try; each must be rejected rather than become a folder or a link. */
  static final List<String> UNSAFE_IDS =
      List.of("<svg onload=x>", "../escape", "javascript:x", "a\"b", "A-1");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  /** Payloads in the order fields take them, so each field gets a different one. */
  private int next;

  private HostileSite() {}

  /** Writes the root into {@code root} and returns it. */
  static Path write(Path root) {
    return writeSite(root).root();
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
    Map<String, Object> eval =
        map(
            "id",
            EVAL,
            "title",
            payload(),
            "metric",
            metric,
            "category",
            "misalignment",
            "direction",
            "lower-is-better");

    writeYaml(
        root.resolve("evalpress.yaml"),
        map(
            "title", printable(),
            "description", printable(),
            "tracked", List.of(map("eval", EVAL, "threshold", 0.05))));

    writeJson(
        results.resolve("models.json"),
        map(
            "kind",
            "models",
            "version",
            1,
            "models",
            List.of(
                map(
                    "id",
                    "m-1",
                    "name",
                    XssPayloads.formulas().get(0),
                    "family",
                    payload(),
                    "released",
                    "2025-01-01"),
                map(
                    "id",
                    "m-2",
                    "name",
                    XssPayloads.formulas().get(4),
                    "family",
                    XssPayloads.formulas().get(1),
                    "released",
                    "2025-02-01",
                    "predecessor",
                    "m-1"))));

    // Two conditions per model, with hostile keys and values; m-2 improves on m-1, so there are
    // verdicts.
    String key = XssPayloads.formulas().get(2);
    String value1 = payload();
    String value2 = payload();
    int[][] counts = {{40, 50, 30, 50}, {2, 50, 1, 50}};
    for (int m = 0; m < 2; m++) {
      writeJson(
          results.resolve("hostile-m-" + (m + 1) + ".json"),
          map(
              "kind",
              "eval-result",
              "version",
              1,
              "eval",
              eval,
              "model",
              "m-" + (m + 1),
              "run",
              map("date", "2025-03-01", "grader", payload(), "notes", payload()),
              "results",
              List.of(
                  map("condition", map(key, value1), "k", counts[m][0], "n", counts[m][1]),
                  map("condition", map(key, value2), "k", counts[m][2], "n", counts[m][3]))));
    }

    String runMetric = payload();
    writeJson(
        results.resolve("run.json"),
        map(
            "kind",
            "training-run",
            "version",
            1,
            "run",
            map(
                "id",
                "r-1",
                "title",
                XssPayloads.formulas().get(3),
                "model",
                payload(),
                "method",
                payload(),
                "base",
                payload()),
            "metrics",
            map(runMetric, map("direction", "lower-is-better")),
            "points",
            List.of(
                map("step", 0, runMetric, map("k", 9, "n", 10)),
                map("step", 100, runMetric, map("k", 3, "n", 10)))));

    List<String> sampleIds = writeSampleLog(results.resolve("samples.jsonl"), eval, key);
    writeInspectLogs(results);
    writeAgenticMisalignment(results.resolve("agentic"));
    writeReport(root.resolve("content/report.md"), metric, runMetric, sampleIds.get(0));
    writeLmEval(results.resolve("lm-eval"));
  }

  /**
   * One sample per payload, as the sample's output, plus one whose output is the whole corpus
   * ending in a loop of a payload (a long, collapsed output with a marked loop). Every other field
   * of each sample is a payload too.
   */
  private List<String> writeSampleLog(Path file, Map<String, Object> eval, String conditionKey)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(JSON.writeValueAsString(map("kind", "samples", "version", 1, "eval", eval)));
    List<String> ids = new ArrayList<>();
    List<String> corpus = XssPayloads.all();
    String loop =
        String.join(
            " ",
            java.util.Collections.nCopies(
                8, "<img src=x onerror=" + XssPayloads.SCRIPT + "> again"));
    // Conditions of their own (cycling payloads repeat), so rates from verdicts never meet the
    // summaries' cells.
    List<String> conditions = List.of(payload() + " (log)", payload() + " (log)");
    List<String> outputs = new ArrayList<>(corpus);
    outputs.add(0, String.join("\n", corpus) + "\n" + loop);
    for (int i = 0; i < outputs.size(); i++) {
      String id = payload() + " #" + i;
      ids.add(id);
      Map<String, Object> sample =
          map(
              "id",
              id,
              "eval",
              EVAL,
              "model",
              i % 2 == 0 ? "m-1" : "m-2",
              "condition",
              map(conditionKey, conditions.get(i / 2 % 2)),
              "input",
              List.of(
                  map("role", payload(), "content", payload()),
                  map("role", "user", "content", payload())),
              "output",
              outputs.get(i),
              "verdict",
              i % 3 == 0,
              "score",
              0.5,
              "rationale",
              payload(),
              "metadata",
              map(
                  payload(),
                  payload(),
                  "nested",
                  map("html", payload()),
                  "list",
                  List.of(payload())));
      lines.add(JSON.writeValueAsString(sample));
    }
    // Samples of a training run add its eval metric (a payload) to the run.
    for (int step = 0; step <= 100; step += 100) {
      lines.add(
          JSON.writeValueAsString(
              map(
                  "id",
                  payload(),
                  "eval",
                  EVAL,
                  "run",
                  "r-1",
                  "step",
                  step,
                  "input",
                  payload(),
                  "output",
                  payload(),
                  "verdict",
                  step == 0,
                  "rationale",
                  payload())));
    }
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return ids;
  }

  /**
   * An Inspect log that succeeded, with payloads as task, model, scorer and run id; a failed one of
   * a hostile model.
   */
  private void writeInspectLogs(Path results) throws IOException {
    String success =
        Files.readString(Path.of("src/test/resources/imports/inspect/success-ci.json"));
    // The task becomes the eval's title (its id keeps only the safe characters); the scorer names
    // the grader.
    success =
        success
            .replace(
                "\"task\": \"popularity\"",
                "\"task\": " + JSON.writeValueAsString("<svg onload=" + XssPayloads.SCRIPT + ">"))
            .replace("\"openai/gpt-4o-mini\"", JSON.writeValueAsString("evil/" + payload()))
            .replace(
                "\"match\"",
                JSON.writeValueAsString("'><img src=x onerror=" + XssPayloads.SCRIPT + ">"))
            .replace(
                "Hj4kL9mNp2QrS6tUv8wXyZ", "</script><script>" + XssPayloads.SCRIPT + "</script>");
    Files.writeString(results.resolve("inspect-success.json"), success, StandardCharsets.UTF_8);
    String error =
        Files.readString(Path.of("src/test/resources/imports/inspect/error.json"))
            .replace(
                "\"mockllm/model\"",
                JSON.writeValueAsString("mock/\"><svg onload=" + XssPayloads.SCRIPT + ">"));
    Files.writeString(results.resolve("inspect-error.json"), error, StandardCharsets.UTF_8);
  }

  /**
   * An agentic-misalignment results folder: the model (a display name) and the goal value inside
   * the condition name are folder names; the transcripts show each response, the classifier's
   * reasoning and fields, the response's metadata and the condition's prompt files.
   */
  private void writeAgenticMisalignment(Path dir) throws IOException {
    String model = "<img src=x onerror=" + XssPayloads.SCRIPT + ">";
    String condition = "blackmail_explicit-\"><svg onload=" + XssPayloads.SCRIPT + ">_replacement";
    Path prompts = dir.resolve("prompts").resolve(condition);
    Files.createDirectories(prompts);
    for (String name : List.of("system_prompt.txt", "user_prompt.txt", "email_content.txt")) {
      Files.writeString(prompts.resolve(name), agenticShown(), StandardCharsets.UTF_8);
    }
    for (int i = 1; i <= 3; i++) {
      Path sample =
          dir.resolve("models").resolve(model).resolve(condition).resolve("sample_00" + i);
      Files.createDirectories(sample);
      writeJson(
          sample.resolve("response.json"),
          map(
              "raw_response",
              agenticShown(),
              "metadata",
              map("model", agenticShown(), "condition", agenticShown()),
              "classification",
              map(
                  "harmful_behavior",
                  i == 1,
                  "classifier_verdict",
                  i == 1,
                  "classifier_reasoning",
                  agenticShown(),
                  "classifier_model",
                  agenticShown())));
    }
  }

  /** A payload an agentic-misalignment transcript shows as it is. */
  private String agenticShown() {
    String p = payload();
    agenticShown.add(p);
    return p;
  }

  /**
   * A report whose front matter and directive captions are payloads, using every directive on
   * hostile data.
   */
  private void writeReport(Path file, String metric, String runMetric, String sampleId)
      throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder md = new StringBuilder();
    md.append(
        YAML.writeValueAsString(
            map(
                "title",
                printable(),
                "date",
                "2025-04-01",
                "authors",
                List.of(printable()),
                "summary",
                printable(),
                "tags",
                List.of(printable(), printable()))));
    md.append("---\n\n## Results\n\n");
    md.append(
        "Pooled: {{rate am/hostile m-1}}; change: {{delta am/hostile m-1 m-2}}; {{ratio am/hostile m-1 m-2}}.\n\n");
    // An author quoting a model output: raw HTML is kept by allowlist, as blocks and inline, and
    // neither links
    // nor attributes ({…}) may carry script.
    md.append(XssPayloads.all().get(1)).append("\n\n");
    for (String html : XssPayloads.rawHtml()) {
      md.append(html).append("\n\nQuoted: ").append(html).append("\n\n");
    }
    md.append("## Quoted {tabindex=0 autofocus onfocus=\"" + XssPayloads.SCRIPT + "\"}\n\n");
    md.append(
        "[a](JaVaScRiPt&#58;"
            + XssPayloads.SCRIPT
            + ") [b](b.html){href=\"javascript:"
            + XssPayloads.SCRIPT
            + "\"}\n\n");
    md.append(
        directive(
            "chart", map("type", "bar", "eval", EVAL, "caption", printable(), "alt", printable())));
    md.append(directive("chart", map("type", "trend", "eval", EVAL, "caption", printable())));
    md.append(directive("chart", map("type", "heatmap", "eval", EVAL, "caption", printable())));
    md.append(
        directive(
            "chart",
            map(
                "type",
                "training",
                "runs",
                List.of("r-1"),
                "metric",
                runMetric,
                "caption",
                printable())));
    md.append(
        directive(
            "chart",
            map(
                "type",
                "training",
                "runs",
                List.of("r-1"),
                "metric",
                metric,
                "caption",
                printable())));
    md.append(directive("table", map("eval", EVAL, "by", "condition", "caption", printable())));
    md.append(
        directive(
            "sample", map("eval", EVAL, "model", "m-1", "id", sampleId, "caption", printable())));
    Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
  }

  // ---- lm-evaluation-harness: a results file and its per-sample files ----

  /** The date stamp that pairs the results file with its samples files. */
  static final String LM_EVAL_DATE = "2025-03-02T00-00-00.000001";

  /**
   * The model, as {@code pretrained=} of {@code config.model_args}. The object form of {@code
   * model_args} (which the harness writes when its caller passed a dict) keeps the payload whole:
   * the string form is split at commas, and the script has some. Its id is normalised; the name is
   * shown as the model's name.
   */
  static final String LM_EVAL_MODEL = "lm/\"><svg onload=" + XssPayloads.SCRIPT + ">";

  /**
   * A task with a plain name, multiple choice, metric {@code acc}: the one a real run would surely
   * have.
   */
  static final String LM_EVAL_MC_TASK = "arc_hostile";

  /**
   * A generation task whose name is a payload: it names a file ({@code samples_TASK_DATE.jsonl}),
   * so it has no {@code /}; its eval id keeps only the safe characters, and its title shows it
   * whole.
   */
  static final String LM_EVAL_GEN_TASK = "gen'><img src=x onerror=" + XssPayloads.SCRIPT + ">";

  /**
   * A filter that is a payload, in {@code em,FILTER}: split at the first comma, so it keeps its
   * commas. The metric is short because an id segment is at most 100 characters.
   */
  static final String LM_EVAL_FILTER = "</title><script>" + XssPayloads.SCRIPT + "</script>";

  /**
   * A metric key that is a payload: the harness's {@code METRIC,FILTER} split puts what precedes
   * the script's first comma in the metric and the rest in the filter; the eval's title and metric
   * show the key whole.
   */
  static final String LM_EVAL_METRIC_KEY = "<svg><script>" + XssPayloads.SCRIPT + "</script></svg>";

  /** Texts of the lm-eval sample lines that a transcript page shows as they are. */
  private final List<String> lmEvalShown = new ArrayList<>();

  /**
   * Texts of the lm-eval documents ({@code doc}), which a transcript page shows inside the
   * document's JSON.
   */
  private final List<String> lmEvalInDocs = new ArrayList<>();

  /**
   * What {@link #writeSite} wrote: the root, and the lm-eval texts its transcript pages must show.
   */
  record Written(
      Path root, List<String> lmEvalShown, List<String> lmEvalInDocs, List<String> agenticShown) {}

  /**
   * Texts of the agentic-misalignment responses and prompts that a transcript page shows as they
   * are.
   */
  private final List<String> agenticShown = new ArrayList<>();

  /**
   * Writes the root into {@code root}, returning it with the lm-eval texts that its pages must
   * show.
   */
  static Written writeSite(Path root) {
    HostileSite site = new HostileSite();
    try {
      site.writeAll(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Written(
        root,
        List.copyOf(site.lmEvalShown),
        List.copyOf(site.lmEvalInDocs),
        List.copyOf(site.agenticShown));
  }

  /** A payload a transcript shows as it is. */
  private String shown() {
    String p = payload();
    lmEvalShown.add(p);
    return p;
  }

  /** A payload in a document, which a transcript shows as part of the document's JSON. */
  private String inDoc() {
    String p = payload();
    lmEvalInDocs.add(p);
    return p;
  }

  /**
   * {@code results_DATE.json} (v0.4) and {@code samples_TASK_DATE.jsonl} of a multiple-choice task
   * and of a generation task with two filters. Payloads in the model name, model type, harness
   * version, task, metric and filter names, the task configs, and in every field of each sample
   * line that a transcript shows: the document, the target, the prompt and each choice's
   * continuation of {@code arguments}, the generation settings, the raw ({@code resps}) and
   * filtered ({@code filtered_resps}) responses, a textual {@code doc_id} and a log-likelihood
   * (which the harness writes as a string).
   */
  private void writeLmEval(Path dir) throws IOException {
    Files.createDirectories(dir);
    int comma = LM_EVAL_METRIC_KEY.indexOf(',');
    String metricBase = LM_EVAL_METRIC_KEY.substring(0, comma);
    String metricFilter = LM_EVAL_METRIC_KEY.substring(comma + 1);
    String genKey1 = "em," + LM_EVAL_FILTER;
    Map<String, Object> results =
        map(
            LM_EVAL_MC_TASK, map("alias", payload(), "acc,none", 0.5, "acc_stderr,none", 0.5),
            LM_EVAL_GEN_TASK,
                map(
                    "alias",
                    payload(),
                    genKey1,
                    0.5,
                    "em_stderr," + LM_EVAL_FILTER,
                    0.5,
                    LM_EVAL_METRIC_KEY,
                    0.5,
                    metricBase + "_stderr," + metricFilter,
                    0.5));
    Map<String, Object> file =
        map(
            "results", results,
            "group_subtasks", map(LM_EVAL_MC_TASK, List.of(), LM_EVAL_GEN_TASK, List.of()),
            "configs",
                map(
                    LM_EVAL_MC_TASK,
                        map(
                            "task",
                            LM_EVAL_MC_TASK,
                            "output_type",
                            "multiple_choice",
                            "description",
                            payload(),
                            "doc_to_text",
                            payload()),
                    LM_EVAL_GEN_TASK,
                        map(
                            "task",
                            LM_EVAL_GEN_TASK,
                            "output_type",
                            "generate_until",
                            "description",
                            payload(),
                            "generation_kwargs",
                            map("until", List.of(payload())))),
            "versions", map(LM_EVAL_MC_TASK, 1.0, LM_EVAL_GEN_TASK, 1.0),
            "n-shot", map(LM_EVAL_MC_TASK, 0, LM_EVAL_GEN_TASK, 0),
            "higher_is_better",
                map(
                    LM_EVAL_MC_TASK,
                    map("acc", true),
                    LM_EVAL_GEN_TASK,
                    map("em", true, metricBase, true)),
            "n-samples",
                map(
                    LM_EVAL_MC_TASK,
                    map("original", 2, "effective", 2),
                    LM_EVAL_GEN_TASK,
                    map("original", 2, "effective", 2)),
            "config",
                map(
                    "model",
                    "hf<img src=x onerror=" + XssPayloads.SCRIPT + ">",
                    "model_args",
                    map("pretrained", LM_EVAL_MODEL, "dtype", payload()),
                    "batch_size",
                    "1",
                    "num_fewshot",
                    0),
            "lm_eval_version", "0.4.8\"><script>" + XssPayloads.SCRIPT + "</script>",
            "date", 1740873600.5);
    writeJson(dir.resolve("results_" + LM_EVAL_DATE + ".json"), file);

    // Multiple choice: three log-likelihood requests (one per choice), acc 1 then 0.
    List<String> mc = new ArrayList<>();
    for (int doc = 0; doc < 2; doc++) {
      String prompt = shown();
      Map<String, Object> arguments = new LinkedHashMap<>();
      List<Object> resps = new ArrayList<>();
      List<Object> filtered = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        arguments.put("gen_args_" + c, map("arg_0", prompt, "arg_1", shown()));
        String loglikelihood = c == 1 ? "-1.5" + shown() : "-" + (c + 2) + ".5";
        resps.add(List.of(List.of(loglikelihood, c == 1 ? "True" : "False")));
        filtered.add(List.of(loglikelihood, c == 1 ? "True" : "False"));
      }
      mc.add(
          JSON.writeValueAsString(
              map(
                  "doc_id",
                  doc,
                  "doc",
                  map("question", inDoc(), inDoc(), inDoc(), "choices", List.of(inDoc())),
                  "target",
                  shown(),
                  "arguments",
                  arguments,
                  "resps",
                  resps,
                  "filtered_resps",
                  filtered,
                  "filter",
                  "none",
                  "metrics",
                  List.of("acc"),
                  "doc_hash",
                  payload(),
                  "prompt_hash",
                  payload(),
                  "target_hash",
                  payload(),
                  "acc",
                  doc == 0 ? 1.0 : 0.0)));
    }
    Files.writeString(
        dir.resolve("samples_" + LM_EVAL_MC_TASK + "_" + LM_EVAL_DATE + ".jsonl"),
        String.join("\n", mc) + "\n",
        StandardCharsets.UTF_8);

    // Generation: one request with its settings; each document under each filter, correct then not.
    // The second
    // document's id is text (the harness writes what the task's dataset has).
    List<String> gen = new ArrayList<>();
    Object[] docIds = {0, shown()};
    for (String[] filterAndMetric :
        List.of(new String[] {LM_EVAL_FILTER, "em"}, new String[] {metricFilter, metricBase})) {
      for (int doc = 0; doc < 2; doc++) {
        gen.add(
            JSON.writeValueAsString(
                map(
                    "doc_id",
                    docIds[doc],
                    "doc",
                    map("question", inDoc(), "answer", inDoc()),
                    "target",
                    shown(),
                    "arguments",
                    map(
                        "gen_args_0",
                        map(
                            "arg_0",
                            shown(),
                            "arg_1",
                            map("until", List.of(payload()), "do_sample", false))),
                    "resps",
                    List.of(List.of(shown())),
                    "filtered_resps",
                    List.of(shown()),
                    "filter",
                    filterAndMetric[0],
                    "metrics",
                    List.of(filterAndMetric[1]),
                    filterAndMetric[1],
                    doc == 0 ? 1.0 : 0.0)));
      }
    }
    Files.writeString(
        dir.resolve("samples_" + LM_EVAL_GEN_TASK + "_" + LM_EVAL_DATE + ".jsonl"),
        String.join("\n", gen) + "\n",
        StandardCharsets.UTF_8);
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
    Files.writeString(
        file, YAML.writeValueAsString(value).replaceFirst("^---\n", ""), StandardCharsets.UTF_8);
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
