package dev.evalpress.render.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * Data for a page's scripts as a {@code .js} file that assigns one global: {@code window.NAME =
 * {...};}. A file loaded by a script tag works from {@code file://}, where {@code fetch()} of a
 * JSON file does not.
 *
 * <p>The values are untrusted (sample ids, model outputs), so the JSON is escaped for a script, not
 * only for JSON: {@code <}, {@code >} and {@code &} become {@code \u003c}, {@code \u003e} and
 * {@code \u0026} (no {@code </script>} or {@code <!--} can appear, should the text ever be
 * inlined), U+2028 and U+2029 become escapes (older engines end a line there, inside a string too),
 * and so does every surrogate (a lone one cannot be written as UTF-8). These characters occur only
 * inside JSON strings, so replacing them everywhere changes no structure.
 */
public final class ScriptJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScriptJson() {}

  /**
   * {@code window.GLOBAL = VALUE;} and a newline; {@code global} is a fixed identifier, never data.
   */
  public static String assign(String global, Object value) {
    return "window." + global + " = " + json(value) + ";\n";
  }

  /** {@code value} as JSON escaped for a script. */
  public static String json(Object value) {
    String json;
    try {
      json = MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '<'
          || c == '>'
          || c == '&'
          || c == '\u2028'
          || c == '\u2029'
          || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
