package dev.evalpress.load.internal;

import dev.evalpress.located.InputLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip entry's inflated bytes, counted as they stream and refused with {@link TooLarge} as soon as
 * they pass {@link InputLimits#MAX_ZIP_ENTRY_BYTES}, or {@link InputLimits#MAX_ZIP_RATIO} times the
 * entry's compressed size once past {@link InputLimits#ZIP_RATIO_EXEMPT_BYTES}. The sizes an entry
 * declares are written by whoever made the zip, so they are never trusted alone: a zip bomb of 611
 * KB that inflates to 600 MB is refused after about 60 MB, not after it has exhausted the heap.
 */
public final class BoundedZipEntry extends FilterInputStream {

  /** An entry that inflates past a limit. */
  public static final class TooLarge extends IOException {
    private final String entry;

    TooLarge(String entry, String message) {
      super(message);
      this.entry = entry;
    }

    /** The name of the entry in the zip. */
    public String entry() {
      return entry;
    }
  }

  private final String name;
  private final long compressed;
  private final long limit;
  private long inflated;

  private BoundedZipEntry(InputStream in, String name, long compressed) {
    super(in);
    this.name = name;
    this.compressed = compressed;
    long byRatio =
        Math.max(
            InputLimits.ZIP_RATIO_EXEMPT_BYTES,
            compressed < 0 ? 0 : compressed * InputLimits.MAX_ZIP_RATIO);
    this.limit = Math.min(InputLimits.MAX_ZIP_ENTRY_BYTES, byRatio);
  }

  /** The inflated bytes of {@code entry}, bounded. */
  public static InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
    return new BoundedZipEntry(
        zip.getInputStream(entry), entry.getName(), entry.getCompressedSize());
  }

  /** The inflated bytes of {@code entry}, bounded, read whole. */
  public static byte[] readAll(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = open(zip, entry)) {
      return in.readAllBytes();
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) throws TooLarge {
    inflated += n;
    if (inflated <= limit) {
      return;
    }
    if (limit == InputLimits.MAX_ZIP_ENTRY_BYTES) {
      throw new TooLarge(
          name,
          "the zip entry "
              + name
              + " inflates to more than "
              + InputLimits.bytes(InputLimits.MAX_ZIP_ENTRY_BYTES)
              + "; evalpress reads zip entries of at most that size");
    }
    throw new TooLarge(
        name,
        "the zip entry "
            + name
            + " inflates to more than "
            + InputLimits.MAX_ZIP_RATIO
            + " times its compressed size of "
            + InputLimits.count(compressed)
            + " bytes (past "
            + InputLimits.bytes(InputLimits.ZIP_RATIO_EXEMPT_BYTES)
            + "), as a zip bomb does; evalpress reads zip entries that inflate at most that much");
  }
}
