package dev.evalpress.load.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
    InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
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
}
