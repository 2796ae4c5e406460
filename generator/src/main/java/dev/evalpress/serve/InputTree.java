package dev.evalpress.serve;

import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

/**
 * The inputs of a site within its root: {@code evalpress.yaml}, and everything under {@code
 * content/} and {@code results/} (following symbolic links, as the build does). As the watcher's
 * tree visitor it keeps the watcher out of everything else under the root (an output folder, a
 * build tool's folders), so that the build's own writes never trigger a build.
 */
final class InputTree implements FileTreeVisitor {

  static final String SETTINGS = "evalpress.yaml";

  private final Path root;

  /**
   * @param root an absolute, normalised root
   */
  InputTree(Path root) {
    this.root = root;
  }

  /** True when an edit of {@code path} (absolute) can change the site. */
  boolean isInput(Path path) {
    if (!path.startsWith(root) || path.equals(root)) {
      return false;
    }
    Path relative = root.relativize(path);
    String first = relative.getName(0).toString();
    return first.equals("content")
        || first.equals("results")
        || (relative.getNameCount() == 1 && first.equals(SETTINGS));
  }

  @Override
  public void recursiveVisitFiles(Path start, Callback onDirectory, Callback onFile)
      throws IOException {
    Files.walkFileTree(
        start,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(root) && !isInput(dir)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            onDirectory.call(dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (isInput(file)) {
              onFile.call(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // a file deleted while the tree is walked is an edit the next event reports
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
