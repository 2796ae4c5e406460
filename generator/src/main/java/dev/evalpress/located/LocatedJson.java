package dev.evalpress.located;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A parsed JSON document that remembers where each value starts, by JSON pointer, so that a problem found
 * after parsing (a missing field, {@code k > n}) can still be reported at its line and column.
 */
public final class LocatedJson {

  // NaN and Infinity parse, so that the typed reads of JsonObject report them at their field; floats keep
  // their written value, so that 1e400 is reported as 1E+400 rather than as Infinity. Duplicate fields and
  // text after the top-level value are rejected by locate(), which sees every document first.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().streamReadConstraints(LimitedJson.constraints())
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder().streamReadConstraints(LimitedJson.constraints()).build();
  private static final ObjectMapper YAML_MAPPER = new ObjectMapper(YAML_FACTORY);

  private static final Pattern UNCLOSED = Pattern.compile(
      "^Unexpected end-of-input: expected close marker for (Object|Array) .*line: (\\d+), column: (\\d+)");
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");

  private final String path;
  private final String syntax;
  private final JsonNode root;
  private final Map<String, Source> places;

  private LocatedJson(String path, String syntax, JsonNode root, Map<String, Source> places) {
    this.path = path;
    this.syntax = syntax;
    this.root = root;
    this.places = places;
  }

  /**
   * Parses JSON {@code bytes}, which must be UTF-8; on a syntax or encoding error reports it at its place and
   * returns empty.
   */
  public static Optional<LocatedJson> parse(String path, byte[] bytes, Problems problems) {
    return Utf8.decode(path, bytes, problems)
        .flatMap(text -> parse(FACTORY, MAPPER, "JSON", path, text, 0, problems));
  }

  /**
   * Parses YAML {@code text} that starts at line {@code firstLine} of the file {@code path} (front matter,
   * a directive's body), so places name lines of the file.
   */
  public static Optional<LocatedJson> parseYaml(String path, String text, int firstLine, Problems problems) {
    return parse(YAML_FACTORY, YAML_MAPPER, "YAML", path, text, firstLine - 1, problems);
  }

  private static Optional<LocatedJson> parse(
      JsonFactory factory, ObjectMapper mapper, String syntax, String path, String text, int lineOffset,
      Problems problems) {
    try {
      Map<String, Source> places = locate(factory, path, text, lineOffset, syntax.equals("JSON"));
      JsonNode root = mapper.readTree(text);
      if (root == null || root.isMissingNode()) {
        problems.add(new Source(path, lineOffset + 1, 1), "empty " + syntax + ": expected " + objectNoun(syntax));
        return Optional.empty();
      }
      return Optional.of(new LocatedJson(path, syntax, root, places));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Source where = at == null || at.getLineNr() < 1
          ? new Source(path, lineOffset + 1, 1)
          : new Source(path, at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr()));
      String message = explain(LimitedJson.explain(e));
      if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
        // SnakeYAML knows better than the parser on top of it where the problem is; when it only notices at
        // the end that something was not closed, the place where that something starts is more useful
        Mark mark = yaml.getProblemMark();
        if (yaml.getContextMark() != null && mark.getIndex() >= text.codePointCount(0, text.length())) {
          mark = yaml.getContextMark();
        }
        where = new Source(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        message = yaml.getContext() == null ? yaml.getProblem() : yaml.getContext() + ": " + yaml.getProblem();
      }
      problems.add(where, "invalid " + syntax + ": " + message);
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Source.file(path), "cannot read: " + IoFailure.describe(e));
      return Optional.empty();
    }
  }

  private static Map<String, Source> locate(
      JsonFactory factory, String path, String text, int lineOffset, boolean singleValue) throws IOException {
    Map<String, Source> places = new HashMap<>();
    Deque<Set<String>> fieldNames = new ArrayDeque<>();
    try (JsonParser parser = factory.createParser(text)) {
      try {
        locateTokens(parser, path, lineOffset, singleValue, places, fieldNames);
      } catch (StreamConstraintsException e) {
        // a limit's exception carries no location; where the parser stopped is where the input broke it
        throw new JsonParseException(parser, LimitedJson.explain(e), parser.currentLocation());
      }
    }
    places.putIfAbsent("", new Source(path, lineOffset + 1, 1));
    return places;
  }

  private static void locateTokens(JsonParser parser, String path, int lineOffset, boolean singleValue,
      Map<String, Source> places, Deque<Set<String>> fieldNames) throws IOException {
    for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
      if (t == JsonToken.START_OBJECT) {
        fieldNames.push(new HashSet<>());
      } else if (t == JsonToken.END_OBJECT) {
        fieldNames.pop();
      } else if (t == JsonToken.FIELD_NAME && !fieldNames.peek().add(parser.currentName())) {
        String object = parser.getParsingContext().getParent().pathAsPointer().toString();
        throw new JsonParseException(parser, "duplicate field \"" + parser.currentName() + "\" in "
            + (object.isEmpty() ? "the top-level object" : object) + ": each field may appear only once",
            parser.currentTokenLocation());
      }
      if (t == JsonToken.VALUE_STRING && parser.getTextLength() > InputLimits.MAX_STRING_CHARS) {
        // the tree would refuse it without a place; here the parser is just past it
        throw new JsonParseException(parser, LimitedJson.STRING_TOO_LONG, parser.currentTokenLocation());
      }
      if (singleValue && t == JsonToken.VALUE_NUMBER_FLOAT && !parser.isNaN()) {
        checkDecimal(parser);
      }
      if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
        JsonStreamContext context = parser.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          context = context.getParent();
        }
        JsonLocation at = parser.currentTokenLocation();
        places.putIfAbsent(
            context.pathAsPointer().toString(),
            new Source(path, at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr())));
      }
      if (singleValue && parser.getParsingContext().inRoot()) {
        checkNothingFollows(parser);
      }
    }
  }

  /**
   * JSON floats are read as BigDecimal, which cannot hold an exponent beyond the int range ({@code 1e2147483648});
   * Jackson then throws a bare NumberFormatException, so such a number is reported here, at its place.
   */
  private static void checkDecimal(JsonParser parser) throws IOException {
    try {
      parser.getDecimalValue();
    } catch (NumberFormatException e) {
      throw new JsonParseException(parser, "the number " + parser.getText() + " is out of range: its exponent is"
          + " too large", parser.currentTokenLocation());
    }
  }

  /** After the top-level value of a JSON file: anything but white space is an error. */
  private static void checkNothingFollows(JsonParser parser) throws IOException {
    String message = "unexpected text after the end of the top-level value; a file holds one JSON object";
    JsonToken next;
    try {
      next = parser.nextToken();
    } catch (JsonParseException e) {
      throw new JsonParseException(parser, message, e.getLocation());
    }
    if (next != null) {
      throw new JsonParseException(parser, message, parser.currentTokenLocation());
    }
  }

  /** What the top level of a document must be, in the words of its syntax. */
  private static String objectNoun(String syntax) {
    return syntax.equals("JSON") ? "a JSON object" : "YAML key: value pairs";
  }

  /** Jackson's message for the syntax errors people make, in terms of the file rather than of Jackson. */
  private static String explain(String message) {
    if (message.contains("ALLOW_COMMENTS")) {
      return "comments are not allowed in JSON";
    }
    if (message.startsWith("Unexpected character ('}' (code 125)): was expecting double-quote to start field name")) {
      return "unexpected '}' after a comma: JSON allows no comma after the last field of an object";
    }
    if (message.startsWith("Illegal unquoted character ((CTRL-CHAR, code 10))")) {
      return "line break inside a string: close the string before the end of the line, or write \\n";
    }
    Matcher unclosed = UNCLOSED.matcher(message);
    if (unclosed.find()) {
      return "unexpected end of file: the " + unclosed.group(1).toLowerCase(Locale.ROOT)
          + " that starts at line " + unclosed.group(2) + ", column " + unclosed.group(3) + " is not closed";
    }
    return UNEXPECTED_CHARACTER.matcher(message).replaceFirst("unexpected character '$1'");
  }

  public String path() {
    return path;
  }

  public JsonNode root() {
    return root;
  }

  /** What the top level of this document must be: "a JSON object" or "YAML key: value pairs". */
  public String objectNoun() {
    return objectNoun(syntax);
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
