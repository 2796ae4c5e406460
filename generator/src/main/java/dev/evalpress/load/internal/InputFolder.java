package dev.evalpress.load.internal;

import dev.evalpress.model.Source;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Lists the input files under {@code results/} or {@code content/}, following symbolic links:
 * results kept on a shared disk and linked in are what users expect to be read (a walk that does
 * not follow a linked folder reads nothing and would replace the site with an empty one). Following
 * links must not hang or read the whole disk, so a link loop, a link to a folder that holds the
 * listed folder itself and a listing of more than {@link #MAX_ENTRIES} entries are problems, as are
 * a link to nothing and a wanted name that is not a regular file (a pipe or a device could be read
 * forever). Hidden files (names starting with {@code .}) are skipped.
 */
public final class InputFolder {

  /** More entries than this means a link points at something like {@code /}, not at results. */
  public static final int MAX_ENTRIES = 1_000_000;

  private InputFolder() {}

  /**
   * The regular files under {@code folder} (or {@code folder} itself, if it is a file) that {@code
   * wanted} accepts, sorted by path; paths stay under {@code folder} as given, links not resolved,
   * and are shown in problems under {@code shownFolder}, the folder as problems name it (see {@link
   * SourceFolders#shown}).
   */
  public static List<Path> files(
      Path folder, String shownFolder, Predicate<Path> wanted, Problems problems) {
    return files(folder, shownFolder, wanted, problems, MAX_ENTRIES);
  }

  static List<Path> files(
      Path folder, String shownFolder, Predicate<Path> wanted, Problems problems, int maxEntries) {
    if (Files.isSymbolicLink(folder) && !Files.exists(folder)) {
      problems.add(Source.file(shownFolder), linkToNothing(folder));
      return List.of();
    }
    if (Files.isRegularFile(folder)) {
      return wanted.test(folder) ? List.of(folder) : List.of();
    }
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    Lister lister = new Lister(folder, shownFolder, wanted, problems, maxEntries);
    try {
      lister.realFolder = folder.toRealPath();
      Files.walkFileTree(
          folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, lister);
    } catch (IOException e) {
      problems.add(Source.file(shownFolder), "cannot list folder: " + IoFailure.describe(e));
      return List.of();
    }
    lister.found.sort(null);
    return List.copyOf(lister.found);
  }

  private static String linkToNothing(Path link) {
    try {
      return "a symbolic link to " + Files.readSymbolicLink(link) + ", which does not exist";
    } catch (IOException e) {
      return "a symbolic link to nothing that exists";
    }
  }

  private static boolean hidden(Path file) {
    return file.getFileName().toString().startsWith(".");
  }

  private static final class Lister extends SimpleFileVisitor<Path> {

    private final Path folder;
    private final String shownFolder;
    private final Predicate<Path> wanted;
    private final Problems problems;
    private final int maxEntries;
    private final List<Path> found = new ArrayList<>();
    private Path realFolder;
    private int entries;

    Lister(
        Path folder,
        String shownFolder,
        Predicate<Path> wanted,
        Problems problems,
        int maxEntries) {
      this.folder = folder;
      this.shownFolder = shownFolder;
      this.wanted = wanted;
      this.problems = problems;
      this.maxEntries = maxEntries;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (++entries > maxEntries) {
        return tooMany();
      }
      if (!dir.equals(folder) && Files.isSymbolicLink(dir)) {
        Path target;
        try {
          target = dir.toRealPath();
        } catch (IOException e) {
          problems.add(Source.file(shown(dir)), "cannot read: " + IoFailure.describe(e));
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (realFolder.startsWith(target)) {
          // Java's loop check sees only the folders of the walk; a link to an ancestor would walk
          // the disk first
          problems.add(
              Source.file(shown(dir)),
              "a symbolic link to "
                  + target
                  + ", a folder that holds "
                  + shownFolder
                  + "/ itself; reading it would read "
                  + shownFolder
                  + "/ again: expected links to folders outside it");
          return FileVisitResult.SKIP_SUBTREE;
        }
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (++entries > maxEntries) {
        return tooMany();
      }
      if (hidden(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        // with links followed, only a link whose target does not exist comes here as a link
        if (wanted.test(file)) {
          problems.add(Source.file(shown(file)), linkToNothing(file));
        }
      } else if (attrs.isRegularFile()) {
        if (wanted.test(file)) {
          found.add(file);
        }
      } else if (wanted.test(file)) {
        problems.add(
            Source.file(shown(file)),
            "not a regular file (a pipe, socket or device), so not read;" + " expected a file");
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (e instanceof FileSystemLoopException) {
        problems.add(
            Source.file(shown(file)),
            "a symbolic link loop: this link leads back to a folder it is"
                + " in; expected links to folders outside it");
      } else {
        problems.add(Source.file(shown(file)), "cannot read: " + IoFailure.describe(e));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        problems.add(Source.file(shown(dir)), "cannot list folder: " + IoFailure.describe(e));
      }
      return FileVisitResult.CONTINUE;
    }

    private String shown(Path file) {
      return SourceFolders.shown(folder, shownFolder, file);
    }

    private FileVisitResult tooMany() {
      problems.add(
          Source.file(shownFolder),
          "more than "
              + maxEntries
              + " files and folders, symbolic links"
              + " followed; stopped listing: does a link point at a large folder such as / or a home folder?");
      return FileVisitResult.TERMINATE;
    }
  }
}
