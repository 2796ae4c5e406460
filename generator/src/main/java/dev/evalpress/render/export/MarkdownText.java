package dev.evalpress.render.export;

/**
 * Untrusted text made literal in GitHub-flavoured Markdown, where it never starts a line: every
 * character that can open inline markup (emphasis, code, link, image, HTML, entity, strikethrough,
 * table cell boundary, autolink scheme or address) is backslash-escaped, {@code www.} loses its
 * autolink, and line breaks become spaces (a table row is one line). Other punctuation stays, so
 * the text also reads well unrendered.
 */
final class MarkdownText {

  private MarkdownText() {}

  static String escape(String text) {
    return literal(text).replace("www.", "www\\.").replace("WWW.", "WWW\\.");
  }

  private static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
              } else if (c < 128 && isPunctuation((char) c)) {
                out.append('\\').append((char) c);
              } else if (Character.isISOControl(c)) {
                out.append(' ');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  private static boolean isPunctuation(char c) {
    return "!#$&*:<>@[\\]_`{|}~".indexOf(c) >= 0;
  }
}
