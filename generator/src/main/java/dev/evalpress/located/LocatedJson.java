package dev.evalpress.located;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed JSON document that remembers where each value starts, by JSON pointer, so that a problem found
 * after parsing (a missing field, {@code k > n}) can still be reported at its line and column.
 */
public final class LocatedJson {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final YAMLFactory YAML_FACTORY =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper YAML_MAPPER = new ObjectMapper(YAML_FACTORY);

  private final String path;
  private final JsonNode root;
  private final Map<String, Source> places;

  private LocatedJson(String path, JsonNode root, Map<String, Source> places) {
    this.path = path;
    this.root = root;
    this.places = places;
  }

  /** Parses JSON {@code bytes}; on a syntax error reports it at its place and returns empty. */
  public static Optional<LocatedJson> parse(String path, byte[] bytes, Problems problems) {
    return parse(FACTORY, MAPPER, "JSON", path, bytes, 0, problems);
  }

  /**
   * Parses YAML {@code text} that starts at line {@code firstLine} of the file {@code path} (front matter,
   * a directive's body), so places name lines of the file.
   */
  public static Optional<LocatedJson> parseYaml(String path, String text, int firstLine, Problems problems) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return parse(YAML_FACTORY, YAML_MAPPER, "YAML", path, bytes, firstLine - 1, problems);
  }

  private static Optional<LocatedJson> parse(
      JsonFactory factory, ObjectMapper mapper, String syntax, String path, byte[] bytes, int lineOffset,
      Problems problems) {
    try {
      Map<String, Source> places = locate(factory, path, bytes, lineOffset);
      JsonNode root = mapper.readTree(bytes);
      if (root == null || root.isMissingNode()) {
        problems.add(new Source(path, lineOffset + 1, 1), "empty " + syntax + ": expected an object");
        return Optional.empty();
      }
      return Optional.of(new LocatedJson(path, root, places));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Source where = at == null || at.getLineNr() < 1
          ? new Source(path, lineOffset + 1, 1)
          : new Source(path, at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr()));
      problems.add(where, "invalid " + syntax + ": " + firstLine(e.getOriginalMessage()));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Source.file(path), "cannot read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Map<String, Source> locate(JsonFactory factory, String path, byte[] bytes, int lineOffset)
      throws IOException {
    Map<String, Source> places = new HashMap<>();
    try (JsonParser parser = factory.createParser(bytes)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext context = parser.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          context = context.getParent();
        }
        JsonLocation at = parser.currentTokenLocation();
        places.putIfAbsent(
            context.pathAsPointer().toString(),
            new Source(path, at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr())));
      }
    }
    places.putIfAbsent("", new Source(path, lineOffset + 1, 1));
    return places;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  public String path() {
    return path;
  }

  public JsonNode root() {
    return root;
  }

  /**
   * The place of the value at {@code pointer}, or of its nearest present ancestor (a missing field is
   * reported at the object that lacks it).
   */
  public Source place(String pointer) {
    String p = pointer;
    while (true) {
      Source s = places.get(p);
      if (s != null) {
        return s;
      }
      if (p.isEmpty()) {
        return places.get("");
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
