package dev.evalpress.site;

import dev.evalpress.problem.OutputException;
import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.page.RenderedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Writes a site atomically: everything goes into a new folder beside the output folder, which
 * replaces the old output only once complete, so a failed or killed build leaves the previous site
 * as it was. An existing output folder is replaced only if evalpress wrote it (it holds the marker
 * file) or it is empty.
 *
 * <p>The swap is two renames (old site aside, new site in): Java has no atomic exchange of two
 * folders. A build killed between them leaves no output folder, only the previous site beside it;
 * the next build moves it back before anything else (see {@link SideFolders#recover}).
 */
public final class SiteWriter {

  /** Marks a folder as written by evalpress, so it is safe to replace. */
  static final String MARKER = ".evalpress-site";

  private static final List<String> ASSETS =
      List.of(
          "style.css",
          "filter.js",
          "search.js",
          "tables.js",
          "fuse.basic.min.js",
          "fuse.js-license.txt",
          "compare.js",
          "theme.js");

  private SiteWriter() {}

  /** The files written besides the pages, relative to the site root. */
  public static List<String> assetPaths() {
    return ASSETS.stream().map(a -> "assets/" + a).toList();
  }

  /**
   * What a write did: the files written, and leftovers of earlier builds that could not be deleted.
   */
  public record Written(int files, List<String> warnings) {

    public Written {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Writes {@code pages} to {@code out}; returns the number of files written. With {@code mtime},
   * every file and folder of the site gets it as its modification time.
   */
  public static Written write(Path out, List<RenderedPage> pages, Optional<Instant> mtime)
      throws IOException {
    return write(out, pages, mtime, n -> {});
  }

  /** {@link #write}, telling {@code pagesWritten} of each page once its files are written. */
  public static Written write(
      Path out, List<RenderedPage> pages, Optional<Instant> mtime, LongConsumer pagesWritten)
      throws IOException {
    return write(out, pages, mtime, SiteWriter::deleteTree, pagesWritten);
  }

  static Written write(
      Path out,
      List<RenderedPage> pages,
      Optional<Instant> mtime,
      SideFolders.TreeDeleter deleter,
      LongConsumer pagesWritten)
      throws IOException {
    Path target = absolute(out);
    List<String> warnings = recover(target, deleter);
    checkReplaceable(target);
    Files.createDirectories(target.getParent());
    Path fresh = SideFolders.create(target, SideFolders.BUILDING);
    try {
      int files = writeTree(fresh, pages, pagesWritten);
      if (mtime.isPresent()) {
        touchTree(fresh, FileTime.from(mtime.get()));
      }
      swap(fresh, target);
      return new Written(files, warnings);
    } catch (IOException | RuntimeException e) {
      deleteTree(fresh);
      throw e;
    }
  }

  /**
   * Repairs what killed builds left beside {@code out}, putting the previous site back if a build
   * died in the middle of the swap; returns a warning for each leftover that could not be deleted.
   * A build calls this first, so the previous site is back even if the build then fails.
   */
  public static List<String> recover(Path out) throws IOException {
    return recover(absolute(out), SiteWriter::deleteTree);
  }

  private static List<String> recover(Path target, SideFolders.TreeDeleter deleter)
      throws IOException {
    if (Files.isDirectory(target.getParent())) {
      return SideFolders.recover(target, deleter);
    }
    return List.of();
  }

  /** {@code out} as an absolute path: the folder it links to, when it is a symbolic link. */
  private static Path absolute(Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(target)) {
      // Publishing through a link (site -> /var/www/html): replace the folder it points to and keep
      // the link.
      target = target.toRealPath();
    }
    if (target.getParent() == null) {
      throw new OutputException(
          target + " is the root of the file system; choose a folder for --out");
    }
    return target;
  }

  private static int writeTree(Path root, List<RenderedPage> pages, LongConsumer pagesWritten)
      throws IOException {
    int files = 0;
    for (RenderedPage page : pages) {
      Path file = root.resolve(page.path());
      write(file, page.html());
      files++;
      for (Figure figure : page.figures()) {
        write(file.resolveSibling(figure.svgFile()), figure.svg());
        write(file.resolveSibling(figure.csvFile()), figure.csv());
        files += 2;
        if (figure.hasNarrow()) {
          write(file.resolveSibling(figure.narrowSvgFile()), figure.narrowSvg());
          files++;
        }
      }
      pagesWritten.accept(1);
    }
    for (String asset : ASSETS) {
      try (InputStream in = AssetSource.open(asset)) {
        Path file = root.resolve("assets").resolve(asset);
        Files.createDirectories(file.getParent());
        Files.copy(in, file);
        files++;
      }
    }
    return files;
  }

  /**
   * Marks {@code dir} as written by evalpress: a building folder gets it first, so it is known if
   * left behind.
   */
  static void writeMarker(Path dir) throws IOException {
    write(
        dir.resolve(MARKER), "This folder was written by evalpress; the next build replaces it.\n");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void checkReplaceable(Path target) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new OutputException(target + " exists and is not a folder; choose another --out");
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isPresent() && !Files.exists(target.resolve(MARKER))) {
        throw new OutputException(
            target
                + " is not empty and was not written by evalpress; refusing to replace"
                + " it. Choose an empty or new --out folder");
      }
    }
  }

  private static void swap(Path fresh, Path target) throws IOException {
    if (!Files.exists(target)) {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = SideFolders.unused(target, SideFolders.OLD);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    try {
      deleteTree(old);
    } catch (IOException e) {
      // The new site is in place; the next build deletes what is left of the old one.
    }
  }

  /**
   * Sets the modification time of every file and folder under {@code root}, {@code root} included.
   */
  private static void touchTree(Path root, FileTime time) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        Files.setLastModifiedTime(p, time);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Path marker = dir.resolve(MARKER);
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p :
          walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(marker)).toList()) {
        if (p.equals(dir)) {
          // the marker goes last, so a tree only partly deleted is still known as evalpress's and
          // retried
          Files.deleteIfExists(marker);
        }
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
