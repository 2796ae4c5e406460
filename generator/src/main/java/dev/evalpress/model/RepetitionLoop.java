package dev.evalpress.model;

/**
 * The loop found at the end of an output: phrase length in tokens, how many times it repeats back
 * to back (the final occurrence included, so always at least 2), and the char span {@code [start,
 * end)} of the repeated region in the original output, from the first repeat's first char to the
 * end of the last token. {@code output.substring(start, end)} is the highlighted region; whitespace
 * after the last token is not part of it.
 *
 * @param phraseLength tokens in the repeated phrase, {@code >= 1}
 * @param repeats back-to-back occurrences at the end of the output, final one included, {@code >=
 *     2}
 * @param start UTF-16 char index of the first char of the first occurrence
 * @param end UTF-16 char index just past the last char of the last token
 */
public record RepetitionLoop(int phraseLength, int repeats, int start, int end) {

  /**
   * @throws IllegalArgumentException when a field is out of its range
   */
  public RepetitionLoop {
    if (phraseLength < 1) {
      throw new IllegalArgumentException("phraseLength must be >= 1, was " + phraseLength);
    }
    if (repeats < 2) {
      throw new IllegalArgumentException("a loop repeats at least twice, was " + repeats);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
