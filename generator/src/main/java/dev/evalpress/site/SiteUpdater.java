package dev.evalpress.site;

import dev.evalpress.problem.OutputException;
import dev.evalpress.render.page.RenderedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Keeps one folder equal to the latest build by writing only what changed: a file whose bytes
 * differ from what this updater last wrote there is replaced (written beside it, then renamed over
 * it, so a reader sees the old file or the new one), and a file no longer built is deleted. For a
 * preview, where a rebuild after one edit must not rewrite hundreds of files; the folder ends up
 * byte-identical to a clean build's. Not thread-safe.
 */
public final class SiteUpdater {

  private final Path out;
  private final Map<String, byte[]> written = new HashMap<>();

  /**
   * The content each file was last written from: a page kept from the last build is the very same
   * object.
   */
  private final Map<String, Object> sources = new HashMap<>();

  private boolean started;

  /**
   * @param out a folder that does not exist, is empty, or was written by evalpress (it is emptied
   *     first)
   */
  public SiteUpdater(Path out) {
    this.out = out.toAbsolutePath().normalize();
  }

  /** What an update wrote and deleted, by path in the site. */
  public record Update(List<String> written, List<String> deleted) {

    public Update {
      written = List.copyOf(written);
      deleted = List.copyOf(deleted);
    }
  }

  /** Makes the folder hold exactly {@code pages} (with their figures and the assets). */
  public Update update(List<RenderedPage> pages) throws IOException {
    if (!started) {
      clear();
      started = true;
    }
    SortedMap<String, Object> files = SiteFiles.of(pages);
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, Object> file : files.entrySet()) {
      if (sources.get(file.getKey()) == file.getValue()) {
        continue;
      }
      byte[] bytes = SiteFiles.bytes(file.getValue());
      byte[] digest = sha256(bytes);
      if (!Arrays.equals(digest, written.get(file.getKey()))) {
        replace(out.resolve(file.getKey()), bytes);
        written.put(file.getKey(), digest);
        changed.add(file.getKey());
      }
      sources.put(file.getKey(), file.getValue());
    }
    List<String> gone =
        written.keySet().stream().filter(path -> !files.containsKey(path)).sorted().toList();
    for (String path : gone) {
      Files.deleteIfExists(out.resolve(path));
      written.remove(path);
      sources.remove(path);
      deleteEmptyFolders(out.resolve(path).getParent());
    }
    return new Update(changed, gone);
  }

  private void clear() throws IOException {
    if (!Files.exists(out)) {
      Files.createDirectories(out);
      return;
    }
    if (!Files.isDirectory(out)) {
      throw new OutputException(out + " exists and is not a folder; choose another folder");
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isPresent() && !Files.exists(out.resolve(SiteWriter.MARKER))) {
        throw new OutputException(
            out + " is not empty and was not written by evalpress; refusing to replace it");
      }
    }
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(out)).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void replace(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling("." + file.getFileName() + ".evalpress-new");
    Files.write(temp, bytes);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private void deleteEmptyFolders(Path folder) throws IOException {
    for (Path f = folder; f != null && f.startsWith(out) && !f.equals(out); f = f.getParent()) {
      try (Stream<Path> entries = Files.list(f)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(f);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
