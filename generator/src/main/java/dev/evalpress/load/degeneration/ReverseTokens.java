package dev.evalpress.load.degeneration;

import java.util.Arrays;

/**
 * The whitespace tokens of a text counted from its end (index 0 is the last token), cut only as far
 * back as asked: the loop search usually stops within a few hundred tokens of the end, so most of a
 * long output is never tokenized. Same tokens and keys as {@link WhitespaceTokens}. Not
 * thread-safe.
 */
final class ReverseTokens {

  private final String text;
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private long[] keys = new long[256];
  private int count;

  /** Chars before this index are not tokenized yet. */
  private int position;

  ReverseTokens(String text) {
    this.text = text;
    this.position = text.length();
  }

  /**
   * True when the text has a token at reverse index {@code r}, tokenizing backward as far as
   * needed.
   */
  boolean has(int r) {
    while (count <= r && position > 0) {
      next();
    }
    return r < count;
  }

  /** Whether the tokens at reverse indices {@code a} and {@code b} (both present) are equal. */
  boolean same(int a, int b) {
    long key = keys[a];
    if (key != keys[b]) {
      return false;
    }
    if (key >= 0) {
      return true;
    }
    int len = ends[a] - starts[a];
    return len == ends[b] - starts[b] && text.regionMatches(starts[a], text, starts[b], len);
  }

  int start(int r) {
    return starts[r];
  }

  int end(int r) {
    return ends[r];
  }

  private void next() {
    int i = position;
    while (i > 0 && WhitespaceTokens.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i == 0) {
      position = 0;
      return;
    }
    int end = i;
    while (i > 0 && !WhitespaceTokens.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    position = i;
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      keys = Arrays.copyOf(keys, count * 2);
    }
    starts[count] = i;
    ends[count] = end;
    keys[count] = WhitespaceTokens.key(text, i, end);
    count++;
  }
}
