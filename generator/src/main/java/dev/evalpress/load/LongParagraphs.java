package dev.evalpress.load;

import dev.evalpress.located.InputLimits;
import dev.evalpress.model.Source;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a paragraph longer than {@link InputLimits#MAX_PARAGRAPH_LINES} lines in a report body,
 * before Flexmark parses it (see the limit for why). A paragraph here is a run of non-blank lines
 * outside fenced code blocks, each list item starting a new one; a table and lines quoted with
 * {@code >} count as paragraphs, as Flexmark reads them as such.
 */
final class LongParagraphs {

  private static final Pattern LIST_ITEM = Pattern.compile("([-*+]|[0-9]{1,9}[.)])([ \\t]|$)");

  private LongParagraphs() {}

  /**
   * Where the first too long paragraph of {@code body} (starting at line {@code firstLine} of
   * {@code path}) starts.
   */
  static Optional<Source> first(String path, String body, int firstLine) {
    String fence = null;
    int runStart = -1;
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String trimmed = lines[i].stripLeading();
      if (fence != null) {
        if (trimmed.startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        fence = trimmed.substring(0, 3);
        runStart = -1;
        continue;
      }
      if (trimmed.isEmpty() || LIST_ITEM.matcher(trimmed).lookingAt()) {
        // a list item's text is a paragraph of its own, so a long list is not one long paragraph
        runStart = trimmed.isEmpty() ? -1 : i;
        continue;
      }
      if (runStart < 0) {
        runStart = i;
      }
      if (i - runStart + 1 > InputLimits.MAX_PARAGRAPH_LINES) {
        return Optional.of(new Source(path, firstLine + runStart, 1));
      }
    }
    return Optional.empty();
  }
}
