package dev.evalpress.located;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed reads from one JSON object of a {@link LocatedJson}. Each read that fails reports a problem
 * naming the field (as a JSON pointer) and what was expected, and returns {@code null} or empty;
 * {@link #failed()} tells whether any read on this document failed, so callers can skip building a
 * record from bad input.
 */
public final class JsonObject {

  private final LocatedJson doc;
  private final String pointer;
  private final JsonNode node;
  private final Problems problems;
  private final int[] failures;

  private JsonObject(
      LocatedJson doc, String pointer, JsonNode node, Problems problems, int[] failures) {
    this.doc = doc;
    this.pointer = pointer;
    this.node = node;
    this.problems = problems;
    this.failures = failures;
  }

  /**
   * The root object of {@code doc}, or null (with a problem reported) when the root is not an
   * object.
   */
  public static JsonObject root(LocatedJson doc, Problems problems) {
    if (!doc.root().isObject()) {
      problems.add(
          doc.place(""),
          "expected " + doc.objectNoun() + " at the top level, got " + describe(doc.root()));
      return null;
    }
    return new JsonObject(doc, "", doc.root(), problems, new int[1]);
  }

  public boolean failed() {
    return failures[0] > 0;
  }

  /**
   * How many reads on this document failed so far, so a caller can tell whether a part of it had
   * problems.
   */
  public int failureCount() {
    return failures[0];
  }

  public Source place() {
    return doc.place(pointer);
  }

  public Source place(String field) {
    return doc.place(child(field));
  }

  /**
   * The JSON pointer of this object, such as {@code /results/0}; empty for the top-level object.
   */
  public String pointer() {
    return pointer;
  }

  /** Reports a problem at {@code field} and marks this document as failed. */
  public void fail(String field, String message) {
    failures[0]++;
    problems.add(field == null ? place() : place(field), message);
  }

  public boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  /** The field names present, in document order. */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Reports every field not in {@code allowed}. */
  public void allowOnly(Set<String> allowed) {
    for (String name : fieldNames()) {
      if (!allowed.contains(name)) {
        fail(
            name,
            "unknown field \""
                + name
                + "\" in "
                + where()
                + "; expected one of "
                + new TreeSet<>(allowed));
      }
    }
  }

  public String requireText(String field) {
    if (!has(field)) {
      fail(null, "missing field \"" + field + "\" in " + where() + ": expected a string");
      return null;
    }
    String s = text(field).orElse(null);
    // Names shown to readers must show something: only spaces or control characters count as empty.
    if (s != null
        && s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      fail(field, pointerOf(field) + ": expected a non-empty string");
      return null;
    }
    return s;
  }

  public Optional<String> text(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = node.get(field);
    if (!v.isTextual()) {
      fail(field, pointerOf(field) + ": expected a string, got " + describe(v));
      return Optional.empty();
    }
    String bad = unprintable(v.textValue());
    if (bad != null) {
      fail(field, pointerOf(field) + ": contains " + bad + "; expected printable text");
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  /**
   * Describes the first control character (other than tab and line breaks) or unpaired surrogate in
   * {@code s}, or null: names and titles end up in pages, file names and SVG, where these break
   * things.
   */
  static String unprintable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format(java.util.Locale.ROOT, "an unpaired surrogate \\u%04X", (int) c);
      } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return String.format(java.util.Locale.ROOT, "the control character U+%04X", (int) c);
      }
    }
    return null;
  }

  public Long requireLong(String field, long min) {
    if (!has(field)) {
      fail(null, "missing field \"" + field + "\" in " + where() + ": expected an integer");
      return null;
    }
    return integer(field, min);
  }

  /** An integer value ≥ {@code min}, or null with a problem reported. */
  public Long integer(String field, long min) {
    JsonNode v = node.get(field);
    if (!v.isIntegralNumber()) {
      fail(field, pointerOf(field) + ": expected an integer, got " + describe(v));
      return null;
    }
    if (!v.canConvertToLong()) {
      fail(
          field,
          pointerOf(field)
              + ": expected an integer "
              + (v.bigIntegerValue().signum() < 0 ? ">= " + min : "<= " + Long.MAX_VALUE)
              + ", got "
              + describe(v));
      return null;
    }
    long value = v.longValue();
    if (value < min) {
      fail(field, pointerOf(field) + ": expected an integer >= " + min + ", got " + value);
      return null;
    }
    return value;
  }

  /** A finite number, or null with a problem reported. */
  public Double number(String field) {
    if (!has(field)) {
      fail(null, "missing field \"" + field + "\" in " + where() + ": expected a number");
      return null;
    }
    JsonNode v = node.get(field);
    if (!v.isNumber() || Double.isNaN(v.doubleValue())) {
      fail(field, pointerOf(field) + ": expected a number, got " + describe(v));
      return null;
    }
    if (Double.isInfinite(v.doubleValue())) {
      fail(
          field,
          pointerOf(field)
              + ": expected a finite number between -1.8e308 and 1.8e308, got "
              + describe(v));
      return null;
    }
    return v.doubleValue();
  }

  /**
   * A list of strings (a single string counts as a list of one; numbers are read as their text, so
   * {@code tags: [2025]} works), or an empty list with a problem when the field holds anything
   * else.
   */
  public List<String> strings(String field) {
    List<String> values = new ArrayList<>();
    if (!has(field)) {
      return values;
    }
    JsonNode v = node.get(field);
    if (v.isTextual()) {
      values.add(v.textValue());
      return values;
    }
    if (v.isArray()) {
      for (JsonNode item : v) {
        if (!item.isTextual() && !item.isNumber()) {
          fail(
              field,
              pointerOf(field)
                  + ": expected a list of strings such as [a, b], got an item "
                  + describe(item));
          return List.of();
        }
        values.add(item.asText());
      }
      return values;
    }
    fail(
        field,
        pointerOf(field) + ": expected a list of strings such as [a, b], got " + describe(v));
    return List.of();
  }

  /** A boolean, or empty (with a problem reported when the field has another type). */
  public Optional<Boolean> bool(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = node.get(field);
    if (!v.isBoolean()) {
      fail(field, pointerOf(field) + ": expected true or false, got " + describe(v));
      return Optional.empty();
    }
    return Optional.of(v.booleanValue());
  }

  public Optional<LocalDate> date(String field) {
    return text(field).flatMap(s -> parseDate(field, s));
  }

  public LocalDate requireDate(String field) {
    String s = requireText(field);
    return s == null ? null : parseDate(field, s).orElse(null);
  }

  private Optional<LocalDate> parseDate(String field, String s) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      fail(field, pointerOf(field) + ": expected a date like 2025-05-22, got \"" + s + "\"");
      return Optional.empty();
    }
  }

  /** A string that must be one of {@code allowed}. */
  public String requireOneOf(String field, List<String> allowed) {
    if (!has(field)) {
      fail(
          null,
          "missing field \""
              + field
              + "\" in "
              + where()
              + ": expected one of "
              + String.join(", ", allowed));
      return null;
    }
    String s = requireText(field);
    if (s != null && !allowed.contains(s)) {
      fail(
          field,
          pointerOf(field)
              + ": expected one of "
              + String.join(", ", allowed)
              + ", got \""
              + s
              + "\"");
      return null;
    }
    return s;
  }

  public JsonObject requireObject(String field) {
    if (!has(field)) {
      fail(null, "missing field \"" + field + "\" in " + where() + ": expected an object");
      return null;
    }
    return object(field).orElse(null);
  }

  public Optional<JsonObject> object(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = node.get(field);
    if (!v.isObject()) {
      fail(field, pointerOf(field) + ": expected an object, got " + describe(v));
      return Optional.empty();
    }
    return Optional.of(new JsonObject(doc, child(field), v, problems, failures));
  }

  /** The objects of an array field; elements that are not objects are reported and skipped. */
  public List<JsonObject> requireObjects(String field) {
    if (!has(field)) {
      fail(
          null, "missing field \"" + field + "\" in " + where() + ": expected an array of objects");
      return List.of();
    }
    JsonNode v = node.get(field);
    if (!v.isArray()) {
      fail(field, pointerOf(field) + ": expected an array of objects, got " + describe(v));
      return List.of();
    }
    List<JsonObject> items = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      String itemPointer = child(field) + "/" + i;
      if (v.get(i).isObject()) {
        items.add(new JsonObject(doc, itemPointer, v.get(i), problems, failures));
      } else {
        failures[0]++;
        problems.add(
            doc.place(itemPointer),
            itemPointer + ": expected an object, got " + describe(v.get(i)));
      }
    }
    return items;
  }

  /**
   * The string values of every field, for maps like {@code condition}; non-strings are reported.
   */
  public Map<String, String> stringMap() {
    Map<String, String> values = new java.util.TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      if (e.getValue().isTextual()) {
        values.put(e.getKey(), e.getValue().textValue());
      } else {
        fail(
            e.getKey(),
            pointerOf(e.getKey()) + ": expected a string, got " + describe(e.getValue()));
      }
    }
    return values;
  }

  /** The raw node of a field, for fields whose type varies (a number or counts). */
  public JsonNode raw(String field) {
    return node.get(field);
  }

  /** A view of a nested object field already known to be an object. */
  public JsonObject nested(String field) {
    return new JsonObject(doc, child(field), node.get(field), problems, failures);
  }

  public String pointerOf(String field) {
    return child(field);
  }

  private String where() {
    return pointer.isEmpty() ? "the top-level object" : pointer;
  }

  private String child(String field) {
    return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  /** A value as shown in messages: strings quoted and shortened, containers by their type. */
  public static String describe(JsonNode v) {
    if (v == null || v.isNull()) {
      return "null";
    }
    if (v.isTextual()) {
      String s = v.textValue();
      return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "an array";
    }
    java.math.BigDecimal d = v.isBigDecimal() ? v.decimalValue() : null;
    if (d != null && d.scale() <= 0 && d.precision() - d.scale() <= 20) {
      // floats are read as BigDecimal without trailing zeros: 5.0 would read "5", 50.0 "5E+1",
      // hiding why an
      // integer was refused; a whole float is shown with ".0" as it was written
      return d.toPlainString() + ".0";
    }
    return v.isNumber() ? v.asText() : v.toString();
  }
}
