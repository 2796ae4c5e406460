package dev.evalpress.model;

import java.util.Comparator;

/**
 * Orders strings as people read them: runs of ASCII digits compare as numbers, everything else
 * character by character, so {@code step128 < step1000 < step143000}. Checkpoint ids carry their
 * step as digits, and by plain string order step1000 would come before step128. Numbers are
 * compared by their digits, not parsed, so a run of any length works. Strings that differ only in
 * leading zeros ({@code step01}, {@code step1}) end in plain string order, so the order is total
 * and agrees with {@link String#equals}.
 */
public final class NaturalOrder implements Comparator<String> {

  public static final NaturalOrder INSTANCE = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isDigit(ca) && isDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int byValue = compareNumbers(a.substring(i, endA), b.substring(j, endB));
        if (byValue != 0) {
          return byValue;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(a.length() - i, b.length() - j);
    return byLength != 0 ? byLength : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Compares two digit runs by value: without leading zeros, the longer is larger, else the first
   * digit that differs.
   */
  private static int compareNumbers(String x, String y) {
    String a = stripLeadingZeros(x);
    String b = stripLeadingZeros(y);
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  private static String stripLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
