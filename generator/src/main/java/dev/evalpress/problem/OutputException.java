package dev.evalpress.problem;

/** The output folder cannot be written as asked (a usage problem, not an input problem). */
public final class OutputException extends RuntimeException {

  public OutputException(String message) {
    super(message);
  }
}
