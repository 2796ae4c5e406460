package dev.evalpress.site;

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
import java.util.stream.Stream;

/**
 * Writes a site atomically: everything goes into a new folder beside the output folder, which replaces the
 * old output only once complete, so a failed build leaves the previous site as it was. An existing output
 * folder is replaced only if evalpress wrote it (it holds the marker file) or it is empty.
 */
public final class SiteWriter {

  /** Marks a folder as written by evalpress, so it is safe to replace. */
  static final String MARKER = ".evalpress-site";
  private static final List<String> ASSETS = List.of("style.css", "filter.js");

  private SiteWriter() {}

  /**
   * Writes {@code pages} to {@code out}; returns the number of files written. With {@code mtime}, every file
   * and folder of the site gets it as its modification time.
   */
  public static int write(Path out, List<RenderedPage> pages, Optional<Instant> mtime) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    checkReplaceable(target);
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
    try {
      int files = writeTree(fresh, pages);
      if (mtime.isPresent()) {
        touchTree(fresh, FileTime.from(mtime.get()));
      }
      swap(fresh, target);
      return files;
    } catch (IOException | RuntimeException e) {
      deleteTree(fresh);
      throw e;
    }
  }

  private static int writeTree(Path root, List<RenderedPage> pages) throws IOException {
    int files = 0;
    for (RenderedPage page : pages) {
      Path file = root.resolve(page.path());
      write(file, page.html());
      files++;
      for (Figure figure : page.figures()) {
        write(file.resolveSibling(figure.svgFile()), figure.svg());
        write(file.resolveSibling(figure.csvFile()), figure.csv());
        files += 2;
      }
    }
    for (String asset : ASSETS) {
      try (InputStream in = SiteWriter.class.getResourceAsStream("/dev/evalpress/assets/" + asset)) {
        if (in == null) {
          throw new IllegalStateException("asset missing from the jar: " + asset);
        }
        Path file = root.resolve("assets").resolve(asset);
        Files.createDirectories(file.getParent());
        Files.copy(in, file);
        files++;
      }
    }
    write(root.resolve(MARKER), "This folder was written by evalpress; the next build replaces it.\n");
    return files;
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
        throw new OutputException(target + " is not empty and was not written by evalpress; refusing to replace"
            + " it. Choose an empty or new --out folder");
      }
    }
  }

  private static void swap(Path fresh, Path target) throws IOException {
    if (!Files.exists(target)) {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
    Files.delete(old);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
  }

  /** Sets the modification time of every file and folder under {@code root}, {@code root} included. */
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
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
