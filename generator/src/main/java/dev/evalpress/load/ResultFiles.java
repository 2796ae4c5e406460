package dev.evalpress.load;

import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists input files under a folder in a stable order, whatever the file system's own order. */
final class ResultFiles {

  private ResultFiles() {}

  /** Regular files under {@code dir} whose name ends with {@code suffix}, sorted by relative path. */
  static List<Path> list(Path dir, String suffix, Problems problems, String shownAs) {
    if (Files.isRegularFile(dir)) {
      return dir.getFileName().toString().endsWith(suffix) ? List.of(dir) : List.of();
    }
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(Source.file(shownAs), "cannot list folder: " + IoFailure.describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
      return List.of();
    }
  }

  /** The path as shown in messages: relative to the site root, with '/' separators. */
  static String shown(Path root, Path file) {
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }
}
