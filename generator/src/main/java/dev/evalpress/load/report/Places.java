package dev.evalpress.load.report;

import dev.evalpress.located.JsonObject;
import dev.evalpress.model.FieldPlaces;
import dev.evalpress.model.Source;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The places of a block's fields, taken while its YAML is at hand, for problems analyse finds
 * later.
 */
final class Places {

  private Places() {}

  static FieldPlaces of(JsonObject spec) {
    Map<String, Source> fields = new LinkedHashMap<>();
    for (String name : spec.fieldNames()) {
      fields.put(name, spec.place(name));
    }
    return new FieldPlaces(spec.place(), fields);
  }
}
