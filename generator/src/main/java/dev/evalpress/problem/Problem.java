package dev.evalpress.problem;

import dev.evalpress.model.Source;
import java.io.Serializable;
import java.util.Comparator;

/**
 * One problem in the input: where it is and what was expected. Serializable, so that problems found
 * by a cluster's tasks can reach the process that reports them.
 */
public record Problem(Source source, String message) implements Comparable<Problem>, Serializable {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.source().path())
          .thenComparingInt(p -> p.source().line())
          .thenComparingInt(p -> p.source().column())
          .thenComparing(Problem::message);

  /**
   * The one-line form shown to users: {@code path:line:column: message}. Messages quote input
   * values, so control characters, line separators and bidi overrides in them are written as a
   * backslash, 'u' and four hex digits: they would break the line or disguise the text in a
   * terminal.
   */
  @Override
  public String toString() {
    return escape(source.toString()) + ": " + escape(message);
  }

  /**
   * {@code text} safe to print on one terminal line: control and bidi characters as a backslash-u
   * escape.
   */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe =
          Character.isISOControl(c)
              || c == '\u2028'
              || c == '\u2029'
              || (c >= '\u202a' && c <= '\u202e')
              || (c >= '\u2066' && c <= '\u2069');
      if (unsafe && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(
            unsafe ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }
}
