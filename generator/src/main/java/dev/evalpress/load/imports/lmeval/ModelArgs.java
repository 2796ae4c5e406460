package dev.evalpress.load.imports.lmeval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code config.model_args}: the string {@code "pretrained=NAME,revision=step1000,dtype=float"} the
 * harness's command line takes, or an object (v0.4 with {@code --model_args} as JSON; gpt-neox's
 * whole argument set). Only text values count.
 */
final class ModelArgs {

  /** The keys that name the model, in the order of the harness's own {@code model_name}. */
  private static final List<String> NAME_KEYS =
      List.of("peft", "delta", "pretrained", "model", "path", "engine");

  private final Map<String, String> values;

  private ModelArgs(Map<String, String> values) {
    this.values = values;
  }

  static ModelArgs none() {
    return new ModelArgs(Map.of());
  }

  /**
   * The harness's own parsing: comma-separated, each split at its first {@code =}; the first of a
   * key wins.
   */
  static ModelArgs parse(String args) {
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String part : args.split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        parsed.putIfAbsent(part.substring(0, eq).strip(), part.substring(eq + 1));
      }
    }
    return new ModelArgs(parsed);
  }

  /**
   * The text values of an object; empty when {@code node} is a string or an object, else absent.
   */
  static Optional<ModelArgs> of(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.of(none());
    }
    if (node.isTextual()) {
      return Optional.of(parse(node.textValue()));
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isTextual()) {
                values.put(e.getKey(), e.getValue().textValue());
              }
            });
    return Optional.of(new ModelArgs(values));
  }

  /** The value of {@code key}, stripped, if it is there and not blank. */
  Optional<String> get(String key) {
    String v = values.get(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /**
   * The model's name: the first of {@code peft=}, {@code delta=}, {@code pretrained=}, … that is
   * set.
   */
  Optional<String> modelName() {
    return NAME_KEYS.stream().map(this::get).flatMap(Optional::stream).findFirst();
  }
}
