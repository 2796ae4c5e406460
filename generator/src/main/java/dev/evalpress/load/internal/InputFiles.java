package dev.evalpress.load.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/** Opens input files, decompressing {@code *.gz} ones. */
public final class InputFiles {

  private static final int BUFFER = 1 << 16;

  private InputFiles() {}

  /**
   * A buffered stream of the file's bytes, decompressed when its name ends in {@code .gz}. A file
   * that is not gzip data throws here, and the file is closed rather than left open.
   */
  public static InputStream open(Path file) throws IOException {
    return open(file, n -> {});
  }

  /**
   * {@link #open}, telling {@code bytesRead} of the file's bytes as they are read: the bytes on
   * disk, so that they add up to the file's size whether it is compressed or not.
   */
  public static InputStream open(Path file, LongConsumer bytesRead) throws IOException {
    InputStream in =
        new BufferedInputStream(new Counted(Files.newInputStream(file), bytesRead), BUFFER);
    if (!file.getFileName().toString().endsWith(".gz")) {
      return in;
    }
    try {
      return new GZIPInputStream(in, BUFFER);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** A stream that reports how many bytes pass through it. */
  private static final class Counted extends FilterInputStream {

    private final LongConsumer bytesRead;

    Counted(InputStream in, LongConsumer bytesRead) {
      super(in);
      this.bytesRead = bytesRead;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytesRead.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        bytesRead.accept(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      bytesRead.accept(skipped);
      return skipped;
    }
  }
}
