package dev.evalpress.build;

import dev.evalpress.site.ExportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an export's files go: to {@code out} itself when there is one format and {@code out} is not
 * an existing folder, else to {@code out/STEM.EXT}, each written whole or not at all.
 */
final class ExportFiles {

  /** The bytes of the export in one format. */
  interface Content {
    byte[] in(ExportFormat format) throws IOException;
  }

  private ExportFiles() {}

  /**
   * Writes each format in turn, telling {@code progress} of each file written; returns the files
   * written, in the order of {@code formats}.
   */
  static List<Path> write(
      Set<ExportFormat> formats, Path out, String stem, Content content, BuildProgress progress)
      throws IOException {
    progress.start(BuildProgress.Stage.WRITING, BuildProgress.Unit.FILES, formats.size());
    boolean oneFile = formats.size() == 1 && !Files.isDirectory(out);
    List<Path> written = new ArrayList<>();
    for (ExportFormat format : formats) {
      Path file = oneFile ? out : out.resolve(fileName(stem) + "." + format.extension());
      ExportWriter.write(file, content.in(format));
      written.add(file);
      progress.advance(1);
    }
    return written;
  }

  /** A name as a file name: characters other than letters, digits, {@code .-_} become -. */
  static String fileName(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "-");
  }
}
