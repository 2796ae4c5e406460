package dev.evalpress.load.internal;

import java.util.Collection;
import java.util.Optional;

/**
 * The existing id closest to one that names nothing, for messages about typos ({@code
 * agentic-misalignment/Blackmail} → {@code agentic-misalignment/blackmail}). Closeness is the
 * optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters, each costing one, since those are the typos people make. Ids are short
 * (tens of characters), so the quadratic distance over a few thousand ids is cheap.
 */
public final class ClosestId {

  /** Only the first this many characters are compared. */
  static final int MAX_LENGTH = 1000;

  private ClosestId() {}

  /**
   * The id at the smallest distance from {@code wanted}; of several, the first in string order;
   * empty if none.
   */
  public static Optional<String> among(String wanted, Collection<String> ids) {
    // no id is close to a string this long, and settings are input: bound the quadratic work
    String compared = wanted.length() > MAX_LENGTH ? wanted.substring(0, MAX_LENGTH) : wanted;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : ids) {
      int d = distance(compared, id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id);
      if (d < bestDistance || d == bestDistance && id.compareTo(best) < 0) {
        best = id;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The optimal string alignment distance between {@code a} and {@code b}, over UTF-16 chars. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
