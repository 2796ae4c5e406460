package dev.evalpress.load;

import dev.evalpress.load.internal.InputFolder;
import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Lists input files under a folder in a stable order, whatever the file system's own order. */
final class ResultFiles {

  private ResultFiles() {}

  /**
   * Regular files under {@code dir} whose name ends with {@code suffix} and that {@code wanted}
   * accepts, sorted by relative path; symbolic links are followed (see {@link InputFolder}).
   */
  static List<Path> list(
      Path dir, Path root, String suffix, Predicate<Path> wanted, Problems problems) {
    return InputFolder.files(
        dir, root, p -> p.getFileName().toString().endsWith(suffix) && wanted.test(p), problems);
  }

  /** The path as shown in messages: relative to the site root, with '/' separators. */
  static String shown(Path root, Path file) {
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }
}
