package dev.evalpress.located;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads whole text inputs (reports, {@code evalpress.yaml}) no further than their limit. */
public final class LimitedFiles {

  private LimitedFiles() {}

  /** A file larger than its limit: refused before it is read whole. */
  public static final class TooLarge extends IOException {

    TooLarge(long max) {
      super(
          "the file is larger than "
              + InputLimits.bytes(max)
              + ", the most evalpress reads of such a file");
    }
  }

  /** The file's bytes, or {@link TooLarge} once more than {@code max} bytes have been read. */
  public static byte[] read(Path file, long max) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new TooLarge(max);
      }
      return bytes;
    }
  }
}
