package dev.evalpress.load.internal;

import dev.evalpress.located.InputLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a stream as bytes, each refused with {@link LineTooLongException} as soon as it
 * grows past {@link InputLimits#MAX_JSONL_LINE_BYTES}, so that a line of gigabytes is never
 * buffered ({@code readLine} of a {@link java.io.BufferedReader} would hold it whole). Not
 * thread-safe.
 */
public final class BoundedLines {

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int start;
  private int end;
  private long number;

  /**
   * @param in a stream, read from its current position; the caller closes it
   */
  public BoundedLines(InputStream in) {
    this.in = in;
  }

  /**
   * The next line without its {@code \n} (nor a {@code \r} before it), or null at the end of the
   * stream.
   */
  public byte[] next() throws IOException {
    line.reset();
    boolean any = false;
    while (true) {
      if (start == end) {
        end = in.read(buffer);
        start = 0;
        if (end <= 0) {
          end = 0;
          return any ? finish() : null;
        }
      }
      any = true;
      int newline = start;
      while (newline < end && buffer[newline] != '\n') {
        newline++;
      }
      if ((long) line.size() + (newline - start) > InputLimits.MAX_JSONL_LINE_BYTES) {
        throw new LineTooLongException(number + 1);
      }
      line.write(buffer, start, newline - start);
      if (newline < end) {
        start = newline + 1;
        return finish();
      }
      start = end;
    }
  }

  /** The number of the line {@link #next} returned last (1 for the first). */
  public long number() {
    return number;
  }

  private byte[] finish() {
    number++;
    byte[] bytes = line.toByteArray();
    int length =
        bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
  }
}
