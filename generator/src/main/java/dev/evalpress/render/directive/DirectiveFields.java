package dev.evalpress.render.directive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.located.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Reads the list and number fields of directive bodies. */
final class DirectiveFields {

  private DirectiveFields() {}

  /** A list of strings (or a single string); other values are reported. */
  static List<String> strings(JsonObject spec, String field) {
    List<String> values = new ArrayList<>();
    JsonNode v = spec.raw(field);
    if (v != null && v.isTextual()) {
      values.add(v.textValue());
    } else if (v != null && v.isArray()) {
      for (JsonNode item : v) {
        if (!item.isTextual()) {
          spec.fail(field, field + ": expected a list of ids like [opus-4, sonnet-4-5], got " + item);
          return List.of();
        }
        values.add(item.textValue());
      }
    } else {
      spec.fail(field, field + ": expected a list of ids like [opus-4, sonnet-4-5]");
    }
    return values;
  }

  /** The smoothing weight in [0, 1), if given. */
  static OptionalDouble smoothing(JsonObject spec) {
    if (!spec.has("smoothing")) {
      return OptionalDouble.empty();
    }
    Double w = spec.number("smoothing");
    if (w == null) {
      return OptionalDouble.empty();
    }
    if (w < 0 || w >= 1) {
      spec.fail("smoothing", "smoothing: expected a weight in [0, 1) such as 0.6, got " + w);
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(w);
  }
}
