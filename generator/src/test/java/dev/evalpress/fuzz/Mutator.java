package dev.evalpress.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structure-aware mutations of a JSON, YAML or Markdown file: it is split into tokens (strings,
 * numbers, words, white space, single characters) and tokens are deleted, duplicated, swapped or
 * replaced by hostile values, the file is truncated, or raw bytes (invalid UTF-8, a BOM, NUL,
 * control characters) are inserted. Works on bytes read as ISO-8859-1, one char per byte, so
 * inserted bytes reach the loader unchanged.
 */
final class Mutator {

  /** One edit; {@code a} and {@code b} pick tokens or values modulo their count. */
  record Edit(Kind kind, int a, int b) {}

  enum Kind {
    DELETE,
    DUPLICATE,
    SWAP,
    REPLACE,
    INSERT,
    TRUNCATE,
    RAW_BYTES
  }

  private static final Pattern TOKEN =
      Pattern.compile(
          "\"(?:[^\"\\\\\\n]++|\\\\.)*+\"|-?[0-9][0-9.eE+-]*|[A-Za-z_][A-Za-z0-9_-]*|\\s+|.",
          Pattern.DOTALL);

  /** Values of the wrong type, out of range, or built to exhaust a parser. */
  static final List<String> VALUES =
      List.of(
          "null",
          "true",
          "false",
          "0",
          "-1",
          "1.5",
          "-0",
          "-0.0",
          "1e999999999",
          "-1e999999999",
          "1e-999999999",
          "1E+2147483648",
          "99999999999999999999999999",
          "9223372036854775808",
          "-9223372036854775809",
          "2147483648",
          "NaN",
          "Infinity",
          "-Infinity",
          "\"\"",
          "\"x\"",
          "\" \"",
          "[]",
          "{}",
          "[1, 2]",
          "{\"a\": 1}",
          "[{}]",
          "\"../../escape\"",
          "\"..\"",
          "\"/abs\"",
          "\"a\\\\b\"",
          "\"con\"",
          "\"CON\"",
          "\"nul.txt\"",
          "\"a.\"",
          "\"Alpha-1\"",
          "\"index\"",
          "\"a/b\"",
          "\"a//b\"",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"a\\nb\"",
          "\"\\u202e\"",
          "\"2025-02-30\"",
          "\"+999999999-01-01\"",
          "\"9999-12-31\"",
          "\"" + "a".repeat(100_000) + "\"",
          "[".repeat(3000),
          "{\"a\": ".repeat(3000),
          "- ".repeat(2000),
          "---",
          "\n---\n",
          ": ",
          "- ",
          "&a",
          "*a",
          "!!binary",
          "!!java.lang.Object",
          "? ",
          "|",
          ">",
          "{{",
          "}}",
          "```",
          "```chart\n",
          ":::",
          "\t",
          "%",
          "\\",
          "<script>",
          "{{< rate eval=x >}}");

  /** Raw byte sequences: bad UTF-8 of several kinds, a BOM, NUL, control characters, separators. */
  static final List<byte[]> BYTES =
      List.of(
          new byte[] {(byte) 0xFF},
          new byte[] {(byte) 0xC3},
          new byte[] {(byte) 0xC0, (byte) 0x80},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          new byte[] {0},
          new byte[] {1},
          new byte[] {0x1B},
          new byte[] {'\r'},
          new byte[] {(byte) 0xE2, (byte) 0x80, (byte) 0xA8},
          new byte[] {(byte) 0xC2, (byte) 0x85},
          new byte[] {0x7F});

  private Mutator() {}

  static byte[] apply(byte[] input, List<Edit> edits) {
    String text = new String(input, StandardCharsets.ISO_8859_1);
    for (Edit e : edits) {
      text = apply(text, e);
    }
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String apply(String text, Edit e) {
    List<String> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return e.kind() == Kind.INSERT || e.kind() == Kind.REPLACE ? value(e.b()) : text;
    }
    int i = Math.floorMod(e.a(), tokens.size());
    int j = Math.floorMod(e.b(), tokens.size());
    switch (e.kind()) {
      case DELETE -> tokens.remove(i);
      case DUPLICATE -> tokens.add(i, tokens.get(i));
      case SWAP -> {
        String t = tokens.get(i);
        tokens.set(i, tokens.get(j));
        tokens.set(j, t);
      }
      case REPLACE -> tokens.set(i, value(e.b()));
      case INSERT -> tokens.add(i, value(e.b()));
      case TRUNCATE -> tokens.subList(i, tokens.size()).clear();
      case RAW_BYTES ->
          tokens.add(
              i,
              new String(
                  BYTES.get(Math.floorMod(e.b(), BYTES.size())), StandardCharsets.ISO_8859_1));
    }
    return String.join("", tokens);
  }

  /** A hostile value as ISO-8859-1 chars of its UTF-8 bytes. */
  private static String value(int b) {
    String v = VALUES.get(Math.floorMod(b, VALUES.size()));
    return new String(v.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
