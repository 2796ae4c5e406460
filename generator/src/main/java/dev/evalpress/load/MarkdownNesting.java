package dev.evalpress.load;

import dev.evalpress.located.InputLimits;
import dev.evalpress.model.Source;
import java.util.Optional;

/**
 * How deeply a report's Markdown nests, measured before Flexmark parses it: Flexmark parses and
 * renders nested block quotes, lists and emphasis by recursion, so {@code >} written 800 times, or
 * 20,000 nested {@code *}, overflow the stack. The count is deliberately simple and errs on the
 * generous side: per line, the container markers at its start ({@code >}, {@code -}, {@code *},
 * {@code +}, {@code 1.}, {@code 1)}) plus half its indentation when such a marker follows it
 * (nested lists are written by indenting); per paragraph, emphasis delimiters that open ({@code *}
 * or {@code _} before a non-space, after a space) minus those that close. Code spans and fenced
 * code blocks (directives among them) are not counted.
 */
final class MarkdownNesting {

  private MarkdownNesting() {}

  /**
   * The first place in {@code body} (starting at line {@code firstLine} of {@code path}) nested too
   * deep.
   */
  static Optional<Source> tooDeep(String path, String body, int firstLine) {
    int emphasis = 0;
    String fence = null;
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.stripLeading();
      if (fence != null) {
        if (trimmed.startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        fence = trimmed.substring(0, 3);
        continue;
      }
      if (trimmed.isEmpty()) {
        emphasis = 0; // emphasis does not span paragraphs
        continue;
      }
      int at = 0;
      int indent = 0;
      while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
        indent += line.charAt(at) == '\t' ? 4 : 1;
        at++;
      }
      int containers = 0;
      while (true) {
        int next = containerEnd(line, at);
        if (next < 0) {
          break;
        }
        containers++;
        at = next;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
          at++;
        }
        if (containers > InputLimits.MAX_MARKDOWN_NESTING) {
          return Optional.of(new Source(path, firstLine + i, at + 1));
        }
      }
      int depth = containers + (containers > 0 ? indent / 2 : 0);
      if (depth > InputLimits.MAX_MARKDOWN_NESTING) {
        return Optional.of(new Source(path, firstLine + i, at + 1));
      }
      boolean code = false;
      for (int c = at; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (ch == '`') {
          code = !code;
        } else if (!code && (ch == '*' || ch == '_')) {
          int end = c;
          while (end < line.length() && line.charAt(end) == ch) {
            end++;
          }
          boolean spaceBefore = c == at || Character.isWhitespace(line.charAt(c - 1));
          boolean spaceAfter = end == line.length() || Character.isWhitespace(line.charAt(end));
          if (spaceBefore && !spaceAfter) {
            emphasis += end - c;
          } else if (!spaceBefore && spaceAfter) {
            emphasis = Math.max(0, emphasis - (end - c));
          }
          if (emphasis > InputLimits.MAX_MARKDOWN_NESTING) {
            return Optional.of(new Source(path, firstLine + i, c + 1));
          }
          c = end - 1;
        }
      }
    }
    return Optional.empty();
  }

  /** The end of a block quote or list marker at {@code at}, or -1 when there is none. */
  private static int containerEnd(String line, int at) {
    if (at >= line.length()) {
      return -1;
    }
    char c = line.charAt(at);
    if (c == '>') {
      return at + 1;
    }
    if ((c == '-' || c == '*' || c == '+') && followedBySpace(line, at + 1)) {
      return at + 1;
    }
    int digits = at;
    while (digits < line.length() && digits - at < 9 && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    if (digits > at
        && digits < line.length()
        && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
        && followedBySpace(line, digits + 1)) {
      return digits + 1;
    }
    return -1;
  }

  private static boolean followedBySpace(String line, int at) {
    return at == line.length() || line.charAt(at) == ' ' || line.charAt(at) == '\t';
  }
}
