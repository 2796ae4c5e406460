package dev.evalpress.load.imports.lmeval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.SampleProblem;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Message;
import dev.evalpress.model.Sample;
import dev.evalpress.model.Source;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One line of an lm-evaluation-harness {@code samples_TASK_DATE.jsonl}: one document under one
 * filter, with {@code doc_id}, {@code doc}, {@code target}, {@code arguments} (the requests: {@code
 * {"gen_args_0": {"arg_0": context, "arg_1": continuation or generation settings}, …}}, or {@code
 * [[context, …], …]} in older files), {@code resps} and {@code filtered_resps} (the harness writes
 * every leaf as a string), {@code filter}, and the document's value of each metric ({@code "acc":
 * 1.0}).
 *
 * <p>Each metric with a numeric value (or a boolean) whose eval was imported from the results file
 * gives one record: id the {@code doc_id}; verdict the value is 1 (or {@code true}), so 0/1 metrics
 * such as {@code acc} and {@code exact_match} filter as correct/incorrect and any other metric is
 * never flagged; score the value. Input: the first request's context as a {@code prompt} message
 * and, for several requests (the choices of a multiple- choice task), a {@code choices} message
 * listing each continuation. Output: for generation, the raw response ({@code resps[0][0]}), with
 * the filtered answer in the metadata when it differs; for log-likelihood requests, each choice
 * with its log-likelihood and whether it is the greedy continuation. Metadata: {@code target},
 * {@code doc} (as JSON), {@code filter} other than {@code none}, and every metric's value on the
 * document.
 */
final class LmEvalSampleLine {

  /** What one line gives: its filter and the records of the metrics imported for it. */
  record Read(String filter, List<Sample> records) {}

  private static final java.util.Set<String> NOT_METRICS =
      java.util.Set.of(
          "doc_id",
          "doc",
          "target",
          "arguments",
          "resps",
          "filtered_resps",
          "filter",
          "metrics",
          "doc_hash",
          "prompt_hash",
          "target_hash");

  private final String modelId;
  private final Map<String, String> evalIds;

  /**
   * @param evalIds eval id by metric and filter ({@link #key}), for the metrics imported from the
   *     results file
   */
  LmEvalSampleLine(String modelId, Map<String, String> evalIds) {
    this.modelId = modelId;
    this.evalIds = Map.copyOf(evalIds);
  }

  /** The key of a metric under a filter in {@code evalIds}. */
  static String key(String metric, String filter) {
    return metric + "," + filter;
  }

  Read map(JsonNode line, Source source) throws SampleProblem {
    if (!line.isObject()) {
      throw new SampleProblem(
          "",
          "expected one lm-evaluation-harness sample (a JSON object with \"doc_id\") per"
              + " line, got "
              + JsonObject.describe(line));
    }
    JsonNode docId = line.get("doc_id");
    if (docId == null || !(docId.isIntegralNumber() || docId.isTextual())) {
      throw new SampleProblem(
          "/doc_id", "expected the document's id as an integer, got " + JsonObject.describe(docId));
    }
    JsonNode filterNode = line.get("filter");
    if (filterNode != null && !filterNode.isNull() && !filterNode.isTextual()) {
      throw new SampleProblem(
          "/filter",
          "expected the filter's name as a string, got " + JsonObject.describe(filterNode));
    }
    String filter = filterNode == null || filterNode.isNull() ? "none" : filterNode.textValue();
    List<JsonNode> requests = requests(line.get("arguments"));
    List<Message> input = input(requests);
    TreeMap<String, String> metadata = new TreeMap<>();
    Map<String, JsonNode> metrics = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = line.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!NOT_METRICS.contains(e.getKey())) {
        metrics.put(e.getKey(), e.getValue());
        metadata.put(e.getKey(), text(e.getValue()));
      }
    }
    String output = output(line, requests, metadata);
    JsonNode target = line.get("target");
    if (target != null && !target.isNull()) {
      metadata.put("target", text(target));
    }
    JsonNode doc = line.get("doc");
    if (doc != null && !doc.isNull()) {
      metadata.put("doc", text(doc));
    }
    if (!filter.equals("none")) {
      metadata.put("filter", filter);
    }
    List<Sample> records = new ArrayList<>();
    for (Map.Entry<String, JsonNode> m : metrics.entrySet()) {
      String evalId = evalIds.get(key(m.getKey(), filter));
      Double value = number(m.getValue());
      if (evalId == null || value == null) {
        continue;
      }
      records.add(
          new Sample(
              docId.asText(),
              evalId,
              Optional.of(modelId),
              Optional.empty(),
              OptionalLong.empty(),
              Condition.NONE,
              input,
              output,
              value == 1,
              OptionalDouble.of(value),
              Optional.empty(),
              metadata,
              source));
    }
    return new Read(filter, records);
  }

  /**
   * A metric's value on one document: a finite number, or a boolean as 1/0; null for anything else.
   */
  static Double number(JsonNode v) {
    if (v != null && v.isNumber() && Double.isFinite(v.doubleValue())) {
      return v.doubleValue();
    }
    return v != null && v.isBoolean() ? (v.booleanValue() ? 1.0 : 0.0) : null;
  }

  /** The requests: each a list of arguments, from either layout of {@code arguments}. */
  private static List<JsonNode> requests(JsonNode arguments) throws SampleProblem {
    List<JsonNode> out = new ArrayList<>();
    if (arguments == null || arguments.isNull()) {
      return out;
    }
    if (arguments.isObject()) {
      // {"gen_args_0": {"arg_0": …, "arg_1": …}, …}, in the order the harness numbered them
      for (int i = 0; arguments.has("gen_args_" + i); i++) {
        JsonNode request = arguments.get("gen_args_" + i);
        com.fasterxml.jackson.databind.node.ArrayNode args =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (int j = 0; request.has("arg_" + j); j++) {
          args.add(request.get("arg_" + j));
        }
        out.add(args);
      }
      return out;
    }
    if (arguments.isArray()) {
      for (JsonNode request : arguments) {
        out.add(
            request.isArray()
                ? request
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .arrayNode()
                    .add(request));
      }
      return out;
    }
    throw new SampleProblem(
        "/arguments",
        "expected the requests as {\"gen_args_0\": {\"arg_0\": …}} or a list,"
            + " got "
            + JsonObject.describe(arguments));
  }

  private static List<Message> input(List<JsonNode> requests) {
    if (requests.isEmpty() || requests.get(0).isEmpty()) {
      return List.of();
    }
    List<Message> input = new ArrayList<>();
    input.add(new Message("prompt", text(requests.get(0).get(0))));
    if (requests.size() > 1) {
      List<String> choices = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        JsonNode request = requests.get(i);
        choices.add(i + ": " + (request.size() > 1 ? text(request.get(1)) : ""));
      }
      input.add(new Message("choices", String.join("\n", choices)));
    }
    return input;
  }

  private static String output(
      JsonNode line, List<JsonNode> requests, Map<String, String> metadata) {
    JsonNode filtered = line.get("filtered_resps");
    JsonNode resps = line.get("resps");
    if (filtered != null
        && filtered.isArray()
        && !filtered.isEmpty()
        && filtered.get(0).isArray()) {
      // log-likelihood requests: one (log-likelihood, is-greedy) pair per choice
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < filtered.size(); i++) {
        JsonNode pair = filtered.get(i);
        String choice =
            i < requests.size() && requests.get(i).size() > 1 ? text(requests.get(i).get(1)) : "";
        lines.add(
            i
                + ": "
                + choice
                + " → log-likelihood "
                + (pair.size() > 0 ? text(pair.get(0)) : "?")
                + (pair.size() > 1 && pair.get(1).asText().equalsIgnoreCase("true")
                    ? " (greedy)"
                    : ""));
      }
      return String.join("\n", lines);
    }
    String raw = resps != null && resps.isArray() && !resps.isEmpty() ? first(resps.get(0)) : null;
    String answer =
        filtered != null && filtered.isArray() && !filtered.isEmpty()
            ? text(filtered.get(0))
            : null;
    if (raw != null && answer != null && !answer.equals(raw)) {
      metadata.put("filtered response", answer);
    }
    return raw != null ? raw : answer != null ? answer : "";
  }

  private static String first(JsonNode v) {
    JsonNode x = v;
    while (x.isArray() && !x.isEmpty()) {
      x = x.get(0);
    }
    return x.isArray() ? "" : text(x);
  }

  private static String text(JsonNode v) {
    return v.isTextual() ? v.textValue() : v.toString();
  }
}
