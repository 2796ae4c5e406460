package dev.evalpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.located.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Reads a list of strings from YAML, accepting a single string as a list of one. */
final class YamlLists {

  private YamlLists() {}

  static List<String> strings(JsonObject o, String field) {
    List<String> values = new ArrayList<>();
    if (!o.has(field)) {
      return values;
    }
    JsonNode v = o.raw(field);
    if (v.isTextual()) {
      values.add(v.textValue());
    } else if (v.isArray()) {
      for (JsonNode item : v) {
        if (item.isTextual() || item.isNumber()) {
          values.add(item.asText());
        } else {
          o.fail(field, o.pointerOf(field) + ": expected a list of strings");
          return List.of();
        }
      }
    } else {
      o.fail(field, o.pointerOf(field) + ": expected a list of strings");
    }
    return values;
  }
}
