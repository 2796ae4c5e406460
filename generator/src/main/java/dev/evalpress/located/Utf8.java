package dev.evalpress.located;

import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 decoding of input files. A malformed byte is reported at its line and column
 * (counted in characters, as editors count them), and a leading byte-order mark is dropped.
 */
public final class Utf8 {

  private Utf8() {}

  /** The message for the malformed byte {@code b}. */
  static String malformed(int b) {
    return String.format("invalid UTF-8 (byte 0x%02X): save the file as UTF-8", b);
  }

  /** The text of {@code bytes}, or empty with a problem reported when they are not UTF-8. */
  public static Optional<String> decode(String path, byte[] bytes, Problems problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    String text = out.flip().toString();
    String shown = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (result.isError()) {
      int line = 1 + (int) shown.chars().filter(c -> c == '\n').count();
      int column = shown.length() - shown.lastIndexOf('\n');
      problems.add(new Source(path, line, column), malformed(bytes[in.position()] & 0xff));
      return Optional.empty();
    }
    return Optional.of(shown);
  }
}
