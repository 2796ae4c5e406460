package dev.evalpress.render.figure;

/**
 * Turns metric ids into axis titles a reader can take in: {@code blackmail_rate} → "Blackmail
 * rate".
 */
final class AxisTitles {

  private AxisTitles() {}

  /**
   * The metric id with underscores and hyphens as spaces and a capital first letter; the rest keeps
   * its case, so "pass@1" or "F1" stay as written.
   */
  static String ofMetric(String metric) {
    String words = metric.replace('_', ' ').replace('-', ' ').replaceAll(" {2,}", " ").strip();
    if (words.isEmpty()) {
      return words;
    }
    int first = words.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(words.substring(Character.charCount(first)))
        .toString();
  }
}
