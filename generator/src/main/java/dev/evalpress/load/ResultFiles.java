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
   * Problems name {@code dir} as {@code shownDir}.
   */
  static List<Path> list(
      Path dir, String shownDir, String suffix, Predicate<Path> wanted, Problems problems) {
    return InputFolder.files(
        dir,
        shownDir,
        p -> p.getFileName().toString().endsWith(suffix) && wanted.test(p),
        problems);
  }
}
