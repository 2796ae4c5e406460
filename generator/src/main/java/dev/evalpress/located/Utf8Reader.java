package dev.evalpress.located;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a file as a stream, for documents too large to hold as bytes and text at
 * once: what {@link Utf8#decode} does to bytes in memory, with the same leading byte-order mark
 * dropped and a malformed byte reported at the same line and column (counted in characters, as
 * editors count them).
 */
final class Utf8Reader extends Reader {

  /** A byte that is not UTF-8, at the line and column where it would have been decoded. */
  static final class Malformed extends IOException {

    final int line;
    final int column;

    Malformed(int line, int column, int badByte) {
      super(Utf8.malformed(badByte));
      this.line = line;
      this.column = column;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  // small buffers: most inputs are result files of a few KB, read by the thousand
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
  private final CharBuffer chars = CharBuffer.allocate(1 << 13).flip();
  private boolean first = true;
  private boolean endOfInput;
  private boolean flushed;
  private int line = 1;
  private int column = 1;

  Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      decodeMore();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /**
   * Reads and decodes until there are characters or the input is done; throws at a malformed byte.
   */
  private void decodeMore() throws IOException {
    chars.clear();
    // fewer than 4 bytes may be the start of one character, which decodes only with the bytes after
    // it
    if (!endOfInput && bytes.remaining() < 4) {
      bytes.compact();
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
    }
    int start = chars.position();
    CoderResult result = decoder.decode(bytes, chars, endOfInput);
    if (!result.isError() && endOfInput && !bytes.hasRemaining()) {
      result = decoder.flush(chars);
      flushed = !result.isError() && !result.isOverflow();
    }
    chars.flip();
    if (first && chars.hasRemaining() && chars.get(0) == '\uFEFF') {
      chars.get();
    }
    if (chars.position() > start || chars.hasRemaining()) {
      first = false;
    }
    count(chars.position(), chars.limit());
    if (result.isError()) {
      throw new Malformed(line, column, bytes.get(bytes.position()) & 0xff);
    }
  }

  /**
   * Keeps the line and column of the next character up to date, as {@link Utf8#decode} counts them.
   */
  private void count(int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars.get(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  /**
   * Decodes the rest of the input to check that it is all UTF-8; throws at the first malformed
   * byte.
   */
  void drain() throws IOException {
    char[] skip = new char[8192];
    while (read(skip, 0, skip.length) >= 0) {
      // decoding is the check
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
