package dev.evalpress.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Scratch folders of the fuzz tests, under {@code target/fuzz} so that a failed run can be looked
 * at.
 */
final class ScratchFolders {

  private ScratchFolders() {}

  /** A new empty folder named {@code prefix…}. */
  static Path create(String prefix) {
    try {
      Path base = Files.createDirectories(Path.of("target", "fuzz"));
      return Files.createTempDirectory(base.toAbsolutePath(), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code root} and everything under it. */
  static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
