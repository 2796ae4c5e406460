package dev.evalpress.load.imports;

/**
 * A malformed value in one imported sample: the JSON pointer of the value (within the sample's file
 * or zip entry) and what was expected. The reader reports it at the sample's place and skips the
 * sample.
 */
public final class SampleProblem extends Exception {

  public SampleProblem(String pointer, String expected) {
    super(pointer + ": " + expected, null, false, false);
  }
}
