package dev.evalpress.load.internal;

import dev.evalpress.located.InputLimits;
import java.io.IOException;

/**
 * A line of a JSONL log longer than {@link InputLimits#MAX_JSONL_LINE_BYTES}, found before it was
 * buffered whole. A log is read no further after it: where the next line starts is unknown.
 */
public final class LineTooLongException extends IOException {

  private final long line;

  public LineTooLongException(long line) {
    super(
        "line "
            + line
            + " is longer than "
            + InputLimits.bytes(InputLimits.MAX_JSONL_LINE_BYTES)
            + "; evalpress reads lines of at most that size (one sample per line), so the log is read no further");
    this.line = line;
  }

  /** The 1-based number of the line. */
  public long line() {
    return line;
  }
}
