package dev.evalpress.serve;

import dev.evalpress.model.SourceFolders;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The inputs of a site: {@code evalpress.yaml} in the root, and everything under the content and
 * results folders (following symbolic links, as the build does). As the watcher's tree visitor it
 * keeps the watcher out of everything else under the root (an output folder, a build tool's
 * folders), so that the build's own writes never trigger a build; it walks only the folders that
 * lead to an input folder kept deeper in the root ({@code docs/} of {@code docs/evals}).
 */
final class InputTree implements FileTreeVisitor {

  static final String SETTINGS = "evalpress.yaml";

  private final SourceFolders folders;
  private final Path settings;

  /**
   * @param folders the site's folders, as given
   */
  InputTree(SourceFolders folders) {
    this.folders =
        new SourceFolders(
            absolute(folders.root()), absolute(folders.content()), absolute(folders.results()));
    this.settings = this.folders.root().resolve(SETTINGS);
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /** The site's folders, absolute and normalised. */
  SourceFolders folders() {
    return folders;
  }

  /**
   * The folders to watch: the root, and each input folder outside it that exists (a folder that
   * does not exist cannot be watched; the build reports it).
   */
  List<Path> watched() {
    List<Path> watched = new ArrayList<>(List.of(folders.root()));
    for (Path folder : List.of(folders.content(), folders.results())) {
      if (Files.isDirectory(folder) && watched.stream().noneMatch(folder::startsWith)) {
        watched.add(folder);
      }
    }
    return watched;
  }

  /** True when an edit of {@code path} (absolute) can change the site. */
  boolean isInput(Path path) {
    return path.startsWith(folders.content())
        || path.startsWith(folders.results())
        || path.equals(settings);
  }

  /** True when {@code dir} (absolute) must be walked to reach the inputs. */
  private boolean leadsToInput(Path dir) {
    return dir.equals(folders.root())
        || folders.content().startsWith(dir)
        || folders.results().startsWith(dir)
        || isInput(dir);
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
            if (!dir.equals(start) && !leadsToInput(dir)) {
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
