package dev.evalpress.render.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures and breaks label text for charts drawn by hand. Widths use fractional font metrics,
 * which match what browsers do with the same font.
 */
final class TextLines {

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final String ELLIPSIS = "\u2026";

  /** Characters a too-long word may break after: "goal=" / "explicit-" / "america". */
  private static final String BREAK_AFTER = "=-_/:.,;)";

  private TextLines() {}

  static double width(String s, Font font) {
    return s.isEmpty() ? 0 : font.getStringBounds(s, FRC).getWidth();
  }

  /**
   * Wraps {@code text} into lines no wider than {@code maxWidth}: at spaces first, and inside a
   * word that is too long on its own after {@link #BREAK_AFTER} characters. Empty when some piece
   * is still too wide or more than {@code maxLines} lines are needed.
   */
  static Optional<List<String>> wrap(String text, Font font, double maxWidth, int maxLines) {
    List<String> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return Optional.of(lines);
    }
    String line = "";
    for (String word : text.split(" ")) {
      List<String> pieces = width(word, font) <= maxWidth ? List.of(word) : pieces(word);
      for (int i = 0; i < pieces.size(); i++) {
        String piece = pieces.get(i);
        if (width(piece, font) > maxWidth) {
          return Optional.empty();
        }
        String joined = line.isEmpty() ? piece : line + (i == 0 ? " " : "") + piece;
        if (width(joined, font) <= maxWidth) {
          line = joined;
        } else {
          lines.add(line);
          line = piece;
        }
      }
    }
    lines.add(line);
    return lines.size() <= maxLines ? Optional.of(lines) : Optional.empty();
  }

  /**
   * Wraps {@code text} like {@link #wrap} into at most {@code maxLines} lines, cutting what does
   * not fit with an ellipsis; never fails.
   */
  static List<String> wrapOrCut(String text, Font font, double maxWidth, int maxLines) {
    for (int n = 1; n <= maxLines; n++) {
      Optional<List<String>> lines = wrap(text, font, maxWidth, n);
      if (lines.isPresent()) {
        return lines.get();
      }
    }
    // the first maxLines - 1 lines as wrapped in a generous width, the rest cut on the last line
    List<String> lines = new ArrayList<>();
    String rest = text;
    while (lines.size() < maxLines - 1) {
      String head = longestFittingPrefix(rest, font, maxWidth);
      if (head.isEmpty() || head.length() == rest.length()) {
        break;
      }
      lines.add(head.strip());
      rest = rest.substring(head.length()).strip();
    }
    lines.add(cut(rest, font, maxWidth));
    return lines;
  }

  /** {@code text} cut to {@code maxWidth} with an ellipsis, or unchanged when it fits. */
  static String cut(String text, Font font, double maxWidth) {
    if (width(text, font) <= maxWidth) {
      return text;
    }
    int end = text.length();
    while (end > 0) {
      end = text.offsetByCodePoints(end, -1);
      String candidate = text.substring(0, end).strip() + ELLIPSIS;
      if (width(candidate, font) <= maxWidth) {
        return candidate;
      }
    }
    return ELLIPSIS;
  }

  /** The longest prefix that fits, ending at a space or break character where there is one. */
  private static String longestFittingPrefix(String text, Font font, double maxWidth) {
    int fit = 0;
    int lastBreak = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int next = text.offsetByCodePoints(i, 1);
      if (width(text.substring(0, next), font) > maxWidth) {
        break;
      }
      fit = next;
      char ch = text.charAt(i);
      if (ch == ' ' || BREAK_AFTER.indexOf(ch) >= 0) {
        lastBreak = next;
      }
    }
    return text.substring(0, lastBreak > 0 ? lastBreak : fit);
  }

  /**
   * {@code word} split after each break character: "goal=explicit-america," → "goal=", "explicit-",
   * "america,".
   */
  private static List<String> pieces(String word) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < word.length(); i++) {
      if (BREAK_AFTER.indexOf(word.charAt(i)) >= 0 && i + 1 < word.length()) {
        out.add(word.substring(start, i + 1));
        start = i + 1;
      }
    }
    out.add(word.substring(start));
    return out;
  }
}
