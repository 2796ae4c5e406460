package dev.evalpress.model;

import java.util.Map;

/**
 * Where a directive's fields are in the report file, so a problem found later (an unknown eval)
 * points at the field as one found while reading it does; {@code block} is where its YAML mapping
 * starts.
 */
public record FieldPlaces(Source block, Map<String, Source> fields) {

  public FieldPlaces {
    fields = Map.copyOf(fields);
  }

  /** The place of {@code field}, or the block's when the field is absent or null. */
  public Source of(String field) {
    return field == null ? block : fields.getOrDefault(field, block);
  }
}
