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
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A parsed JSON document that remembers where each value starts, by JSON pointer, so that a problem
 * found after parsing (a missing field, {@code k > n}) can still be reported at its line and
 * column.
 */
public final class LocatedJson {

  // NaN and Infinity parse, so that the typed reads of JsonObject report them at their field;
  // floats keep
  // their written value, so that 1e400 is reported as 1E+400 rather than as Infinity. Duplicate
  // fields and
  // text after the top-level value are rejected by locate(), which sees every document first.
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(LimitedJson.constraints())
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /**
   * Reads one value where a parser is, within a document (the rest of which is not its business).
   */
  private static final ObjectReader VALUE_READER =
      MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final YAMLFactory YAML_FACTORY =
      YAMLFactory.builder().streamReadConstraints(LimitedJson.constraints()).build();
  private static final ObjectMapper YAML_MAPPER = new ObjectMapper(YAML_FACTORY);

  private static final Pattern UNCLOSED =
      Pattern.compile(
          "^Unexpected end-of-input: expected close marker for (Object|Array) .*line: (\\d+), column: (\\d+)");
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");

  private final String path;
  private final String syntax;
  private final JsonNode root;
  private final Map<String, Source> places;
  private final Optional<Skipped> skipped;

  /**
   * A top-level array left out of the tree as it was parsed: the file it is in, its field and how
   * many elements it has.
   */
  public record Skipped(Path file, String field, long elements) {

    /** Streams the elements, as {@link LocatedJson#forEachElement} does. */
    public void forEach(Set<String> keptFields, Consumer<JsonNode> each) throws IOException {
      forEachElement(file, field, keptFields, each);
    }
  }

  private LocatedJson(
      String path,
      String syntax,
      JsonNode root,
      Map<String, Source> places,
      Optional<Skipped> skipped) {
    this.path = path;
    this.syntax = syntax;
    this.root = root;
    this.places = places;
    this.skipped = skipped;
  }

  /**
   * Parses JSON {@code bytes}, which must be UTF-8; on a syntax or encoding error reports it at its
   * place and returns empty.
   */
  public static Optional<LocatedJson> parse(String path, byte[] bytes, Problems problems) {
    return Utf8.decode(path, bytes, problems)
        .flatMap(text -> parse(FACTORY, MAPPER, "JSON", path, text, 0, problems));
  }

  /**
   * Parses YAML {@code text} that starts at line {@code firstLine} of the file {@code path} (front
   * matter, a directive's body), so places name lines of the file.
   */
  public static Optional<LocatedJson> parseYaml(
      String path, String text, int firstLine, Problems problems) {
    return parse(YAML_FACTORY, YAML_MAPPER, "YAML", path, text, firstLine - 1, problems);
  }

  private static Optional<LocatedJson> parse(
      JsonFactory factory,
      ObjectMapper mapper,
      String syntax,
      String path,
      String text,
      int lineOffset,
      Problems problems) {
    try {
      Map<String, Source> places = locate(factory, path, text, lineOffset, syntax.equals("JSON"));
      JsonNode root = mapper.readTree(text);
      if (root == null || root.isMissingNode()) {
        problems.add(
            new Source(path, lineOffset + 1, 1),
            "empty " + syntax + ": expected " + objectNoun(syntax));
        return Optional.empty();
      }
      return Optional.of(new LocatedJson(path, syntax, root, places, Optional.empty()));
    } catch (JsonProcessingException e) {
      report(e, syntax, path, text, lineOffset, problems);
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Source.file(path), "cannot read: " + IoFailure.describe(e));
      return Optional.empty();
    }
  }

  /**
   * Parses the JSON file {@code file} (UTF-8) as a stream, as {@link #parse(String, byte[],
   * Problems)} parses its bytes, with the same problems at the same places, but never holding the
   * file's bytes or text: a document larger than the heap can be read. When its top level is an
   * object whose field {@code skippedField} is an array, that array is checked as every value is
   * (syntax, duplicate fields, limits) but kept neither in the tree nor in the places, and {@link
   * #skipped()} says how many elements it has; its elements can be streamed later with {@link
   * #forEachElement}.
   */
  public static Optional<LocatedJson> parse(
      String path, Path file, String skippedField, Problems problems) {
    Map<String, Source> places = new HashMap<>();
    long[] skippedElements = {-1};
    // first pass: syntax, limits and places, with the whole file decoded (a malformed byte anywhere
    // is
    // reported rather than a syntax error before it, as when the bytes are decoded first)
    try (Utf8Reader reader = new Utf8Reader(Files.newInputStream(file))) {
      try (JsonParser parser = FACTORY.createParser(reader)) {
        try {
          try {
            locateTokens(
                parser,
                path,
                0,
                true,
                places,
                new ArrayDeque<>(),
                "/" + skippedField,
                skippedElements);
          } catch (StreamConstraintsException e) {
            throw new JsonParseException(parser, LimitedJson.explain(e), parser.currentLocation());
          }
        } catch (JsonProcessingException e) {
          reader.drain();
          report(e, "JSON", path, null, 0, problems);
          return Optional.empty();
        }
      }
    } catch (Utf8Reader.Malformed e) {
      problems.add(new Source(path, e.line, e.column), e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Source.file(path), "cannot read: " + IoFailure.describe(e));
      return Optional.empty();
    }
    places.putIfAbsent("", new Source(path, 1, 1));
    // second pass: the tree, without the skipped array
    try (Utf8Reader reader = new Utf8Reader(Files.newInputStream(file));
        JsonParser parser = FACTORY.createParser(reader)) {
      JsonNode root =
          skippedElements[0] < 0 ? MAPPER.readTree(parser) : treeWithout(parser, skippedField);
      if (root == null || root.isMissingNode()) {
        problems.add(new Source(path, 1, 1), "empty JSON: expected a JSON object");
        return Optional.empty();
      }
      Optional<Skipped> skipped =
          skippedElements[0] < 0
              ? Optional.empty()
              : Optional.of(new Skipped(file, skippedField, skippedElements[0]));
      return Optional.of(new LocatedJson(path, "JSON", root, places, skipped));
    } catch (IOException e) {
      // the first pass read the file whole; it changed or broke since
      problems.add(Source.file(path), "cannot read: " + IoFailure.describe(e));
      return Optional.empty();
    }
  }

  /**
   * The top-level object at {@code parser} without the field {@code skipped}, whose value is passed
   * over.
   */
  private static JsonNode treeWithout(JsonParser parser, String skipped) throws IOException {
    ObjectNode root = MAPPER.getNodeFactory().objectNode();
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IllegalStateException("only a top-level object has a field to skip");
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (name.equals(skipped)) {
        parser.skipChildren();
      } else {
        root.set(name, VALUE_READER.readTree(parser));
      }
    }
    return root;
  }

  /**
   * Streams the elements of the array at the top-level field {@code field} of the JSON file {@code
   * file}, one at a time, each read as {@link #parse} reads values; of an element that is an object
   * only the fields {@code keptFields} are read (the others are passed over, however large). Meant
   * for a file that {@link #parse(String, Path, String, Problems)} has checked; nothing is done
   * when the field is not an array.
   */
  public static void forEachElement(
      Path file, String field, Set<String> keptFields, Consumer<JsonNode> each) throws IOException {
    try (Utf8Reader reader = new Utf8Reader(Files.newInputStream(file));
        JsonParser parser = FACTORY.createParser(reader)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken t = parser.nextToken();
        if (!name.equals(field) || t != JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          each.accept(
              parser.currentToken() == JsonToken.START_OBJECT
                  ? objectWith(parser, keptFields)
                  : VALUE_READER.readTree(parser));
        }
        return;
      }
    }
  }

  /** The object at {@code parser} with only the fields {@code kept}. */
  private static JsonNode objectWith(JsonParser parser, Set<String> kept) throws IOException {
    ObjectNode object = MAPPER.getNodeFactory().objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (kept.contains(name)) {
        object.set(name, VALUE_READER.readTree(parser));
      } else {
        parser.skipChildren();
      }
    }
    return object;
  }

  /**
   * Reports a syntax error or a broken limit at its place; {@code text} is the YAML read, if any.
   */
  private static void report(
      JsonProcessingException e,
      String syntax,
      String path,
      String text,
      int lineOffset,
      Problems problems) {
    {
      JsonLocation at = e.getLocation();
      Source where =
          at == null || at.getLineNr() < 1
              ? new Source(path, lineOffset + 1, 1)
              : new Source(path, at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr()));
      String message = explain(LimitedJson.explain(e));
      if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
        // SnakeYAML knows better than the parser on top of it where the problem is; when it only
        // notices at
        // the end that something was not closed, the place where that something starts is more
        // useful
        Mark mark = yaml.getProblemMark();
        if (yaml.getContextMark() != null
            && mark.getIndex() >= text.codePointCount(0, text.length())) {
          mark = yaml.getContextMark();
        }
        where = new Source(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        message =
            yaml.getContext() == null
                ? yaml.getProblem()
                : yaml.getContext() + ": " + yaml.getProblem();
      }
      problems.add(where, "invalid " + syntax + ": " + message);
    }
  }

  private static Map<String, Source> locate(
      JsonFactory factory, String path, String text, int lineOffset, boolean singleValue)
      throws IOException {
    Map<String, Source> places = new HashMap<>();
    Deque<Set<String>> fieldNames = new ArrayDeque<>();
    try (JsonParser parser = factory.createParser(text)) {
      try {
        locateTokens(
            parser, path, lineOffset, singleValue, places, fieldNames, null, new long[] {-1});
      } catch (StreamConstraintsException e) {
        // a limit's exception carries no location; where the parser stopped is where the input
        // broke it
        throw new JsonParseException(parser, LimitedJson.explain(e), parser.currentLocation());
      }
    }
    places.putIfAbsent("", new Source(path, lineOffset + 1, 1));
    return places;
  }

  /**
   * Checks every token and records the place of every value, except inside the array at {@code
   * skipped} (a top-level pointer, or null), whose elements it counts into {@code
   * skippedElements[0]} (-1 when there is no such array).
   */
  private static void locateTokens(
      JsonParser parser,
      String path,
      int lineOffset,
      boolean singleValue,
      Map<String, Source> places,
      Deque<Set<String>> fieldNames,
      String skipped,
      long[] skippedElements)
      throws IOException {
    int skipDepth = 0; // > 0 inside the skipped array: how many arrays and objects are open there
    for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
      if (t == JsonToken.START_OBJECT) {
        fieldNames.push(new HashSet<>());
      } else if (t == JsonToken.END_OBJECT) {
        fieldNames.pop();
      } else if (t == JsonToken.FIELD_NAME && !fieldNames.peek().add(parser.currentName())) {
        String object = parser.getParsingContext().getParent().pathAsPointer().toString();
        throw new JsonParseException(
            parser,
            "duplicate field \""
                + parser.currentName()
                + "\" in "
                + (object.isEmpty() ? "the top-level object" : object)
                + ": each field may appear only once",
            parser.currentTokenLocation());
      }
      if (t == JsonToken.VALUE_STRING && parser.getTextLength() > InputLimits.MAX_STRING_CHARS) {
        // the tree would refuse it without a place; here the parser is just past it
        throw new JsonParseException(
            parser, LimitedJson.STRING_TOO_LONG, parser.currentTokenLocation());
      }
      if (singleValue && t == JsonToken.VALUE_NUMBER_FLOAT && !parser.isNaN()) {
        checkDecimal(parser);
      }
      if (skipDepth > 0) {
        if (skipDepth == 1 && t != JsonToken.FIELD_NAME && t != JsonToken.END_ARRAY) {
          skippedElements[0]++;
        }
        skipDepth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
        continue;
      }
      if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
        JsonStreamContext context = parser.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          context = context.getParent();
        }
        JsonLocation at = parser.currentTokenLocation();
        String pointer = context.pathAsPointer().toString();
        places.putIfAbsent(
            pointer, new Source(path, at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr())));
        if (t == JsonToken.START_ARRAY
            && pointer.equals(skipped)
            && context.getParent() != null
            && context.getParent().inRoot()) {
          skipDepth = 1;
          skippedElements[0] = 0;
        }
      }
      if (singleValue && parser.getParsingContext().inRoot()) {
        checkNothingFollows(parser);
      }
    }
  }

  /**
   * JSON floats are read as BigDecimal, which cannot hold an exponent beyond the int range ({@code
   * 1e2147483648}); Jackson then throws a bare NumberFormatException, so such a number is reported
   * here, at its place.
   */
  private static void checkDecimal(JsonParser parser) throws IOException {
    try {
      parser.getDecimalValue();
    } catch (NumberFormatException e) {
      throw new JsonParseException(
          parser,
          "the number " + parser.getText() + " is out of range: its exponent is" + " too large",
          parser.currentTokenLocation());
    }
  }

  /** After the top-level value of a JSON file: anything but white space is an error. */
  private static void checkNothingFollows(JsonParser parser) throws IOException {
    String message =
        "unexpected text after the end of the top-level value; a file holds one JSON object";
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

  /**
   * Jackson's message for the syntax errors people make, in terms of the file rather than of
   * Jackson.
   */
  private static String explain(String message) {
    if (message.contains("ALLOW_COMMENTS")) {
      return "comments are not allowed in JSON";
    }
    if (message.startsWith(
        "Unexpected character ('}' (code 125)): was expecting double-quote to start field name")) {
      return "unexpected '}' after a comma: JSON allows no comma after the last field of an object";
    }
    if (message.startsWith("Illegal unquoted character ((CTRL-CHAR, code 10))")) {
      return "line break inside a string: close the string before the end of the line, or write \\n";
    }
    Matcher unclosed = UNCLOSED.matcher(message);
    if (unclosed.find()) {
      return "unexpected end of file: the "
          + unclosed.group(1).toLowerCase(Locale.ROOT)
          + " that starts at line "
          + unclosed.group(2)
          + ", column "
          + unclosed.group(3)
          + " is not closed";
    }
    return UNEXPECTED_CHARACTER.matcher(message).replaceFirst("unexpected character '$1'");
  }

  public String path() {
    return path;
  }

  public JsonNode root() {
    return root;
  }

  /**
   * The top-level array left out of {@link #root()}, when it was parsed with one to skip and had
   * it.
   */
  public Optional<Skipped> skipped() {
    return skipped;
  }

  /** What the top level of this document must be: "a JSON object" or "YAML key: value pairs". */
  public String objectNoun() {
    return objectNoun(syntax);
  }

  /**
   * The place of the value at {@code pointer}, or of its nearest present ancestor (a missing field
   * is reported at the object that lacks it).
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
