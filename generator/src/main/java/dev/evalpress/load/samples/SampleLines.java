package dev.evalpress.load.samples;

import dev.evalpress.model.Source;

/**
 * Folds whole lines of a sample log into a sink: the one per-line step of every reader, the build's
 * threads ({@link SampleLogReader}) and a cluster's tasks ({@link SampleLogPart}) alike, so both
 * skip, parse and report the same lines.
 */
final class SampleLines {

  private SampleLines() {}

  /**
   * Parses the lines in {@code bytes[from, to)} (split at {@code '\n'}, a {@code '\r'} before it
   * dropped; the last line needs no newline), the first of which is line {@code firstLine}. Blank
   * lines are skipped; a bad line goes to {@code bad} and the next one is read.
   */
  static void fold(
      byte[] bytes,
      int from,
      int to,
      int firstLine,
      SampleLineParser parser,
      SampleSink<?> sink,
      String shown,
      LineProblems bad) {
    int start = from;
    int line = firstLine;
    for (int i = from; i <= to; i++) {
      if (i == to || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        if (!isBlank(bytes, start, end)) {
          try {
            sink.accept(parser.parse(bytes, start, end - start, line));
          } catch (SampleLineParser.LineException e) {
            bad.add(new Source(shown, line, e.column), e.getMessage());
          }
        }
        start = i + 1;
        line++;
      }
    }
  }

  private static boolean isBlank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
        return false;
      }
    }
    return true;
  }
}
