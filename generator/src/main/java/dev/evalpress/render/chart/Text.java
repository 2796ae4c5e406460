package dev.evalpress.render.chart;

import java.util.regex.Pattern;

/**
 * Makes untrusted label text safe to hand to JFreeSVG.
 *
 * <p>JFreeSVG escapes {@code < > & " '} in text content, which keeps markup out, but (a) it copies
 * characters that are illegal in XML 1.0 (control characters, lone surrogates, U+FFFE/U+FFFF) into
 * the document, making it ill-formed, and (b) it leaves an {@code &} alone when it already starts
 * one of the five predefined entities, so a label {@code "a &lt; b"} would display as "a < b".
 * {@link #clean} removes (a) and defeats (b) with an invisible WORD JOINER after such an {@code &}.
 */
final class Text {

  /** Labels longer than this are cut and end with an ellipsis. */
  static final int MAX_LENGTH = 120;

  private static final Pattern ENTITY_AMP = Pattern.compile("&(?=(?:lt|gt|amp|apos|quot);)");
  private static final String WORD_JOINER = "\u2060";

  private Text() {}

  /** Label text with XML-illegal characters removed, whitespace collapsed and length capped. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> out.appendCodePoint(isXmlChar(cp) && !Character.isWhitespace(cp) ? cp : ' '));
    String text = out.toString().replaceAll(" {2,}", " ").strip();
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH - 1)).strip() + "\u2026";
    }
    return ENTITY_AMP.matcher(text).replaceAll("&" + WORD_JOINER);
  }

  /** Whether {@code cp} may appear in an XML 1.0 document (tab, newline and CR included). */
  static boolean isXmlChar(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
