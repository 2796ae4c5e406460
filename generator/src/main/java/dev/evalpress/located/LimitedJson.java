package dev.evalpress.located;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson set to {@link InputLimits}, and its messages about them in evalpress's words. Every JSON
 * and YAML reader of untrusted input gets its factory here, so that no reader is left with
 * Jackson's defaults.
 */
public final class LimitedJson {

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxDocumentLength(InputLimits.MAX_JSON_DOCUMENT_BYTES)
          .maxStringLength(InputLimits.MAX_STRING_CHARS)
          .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
          .build();

  /** A string over {@link InputLimits#MAX_STRING_CHARS}, in words. */
  public static final String STRING_TOO_LONG =
      "a string longer than "
          + InputLimits.count(InputLimits.MAX_STRING_CHARS)
          + " characters; evalpress reads strings of at most that length";

  private LimitedJson() {}

  /** The limits as Jackson's constraints, for a factory builder's {@code streamReadConstraints}. */
  public static StreamReadConstraints constraints() {
    return CONSTRAINTS;
  }

  /** A plain JSON factory with the limits set. */
  public static JsonFactory factory() {
    return JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  }

  /**
   * What broke a limit, in words that name the limit and not Jackson's settings; for any other
   * Jackson error, its message's first line.
   */
  public static String explain(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "unreadable input" : e.getOriginalMessage();
    if (!(e instanceof StreamConstraintsException)) {
      int newline = message.indexOf('\n');
      return newline < 0 ? message : message.substring(0, newline);
    }
    if (message.startsWith("Document nesting depth")) {
      return "arrays and objects nested more than "
          + InputLimits.count(InputLimits.MAX_NESTING_DEPTH)
          + " levels deep; evalpress reads JSON nested at most that deep";
    }
    if (message.startsWith("String value length")) {
      return STRING_TOO_LONG;
    }
    if (message.startsWith("Name length")) {
      return "a field name longer than "
          + InputLimits.count(CONSTRAINTS.getMaxNameLength())
          + " characters";
    }
    if (message.startsWith("Number value length")) {
      return "a number longer than "
          + InputLimits.count(CONSTRAINTS.getMaxNumberLength())
          + " characters";
    }
    if (message.startsWith("Document length")) {
      return "the document is longer than "
          + InputLimits.bytes(InputLimits.MAX_JSON_DOCUMENT_BYTES)
          + "; evalpress reads JSON documents of at most that size";
    }
    return "the input exceeds a limit of evalpress's JSON reader";
  }

  /**
   * Where {@code e} happened: its own location, or, for a limit (whose exception carries none),
   * where {@code parser} stopped; null when neither is known.
   */
  public static JsonLocation where(JsonProcessingException e, JsonParser parser) {
    JsonLocation at = e.getLocation();
    if ((at == null || at.getLineNr() < 1) && parser != null) {
      at = parser.currentLocation();
    }
    return at == null || at.getLineNr() < 1 ? null : at;
  }
}
