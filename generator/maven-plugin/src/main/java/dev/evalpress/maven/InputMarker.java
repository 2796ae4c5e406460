package dev.evalpress.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A file under {@code target/} that records what a goal last ran on successfully: the goal's
 * settings and a digest of every input file ({@code evalpress.yaml}, {@code content/}, {@code
 * results/}). When they are the same at the next run, the goal has nothing to do, as an incremental
 * build expects. A file up to 1 MiB is known by its SHA-256; a larger one (a sample log) by its
 * size and modification time, so that a build never reads gigabytes only to find that nothing
 * changed. The marker is removed before a run and written after it succeeds, so a failed or
 * interrupted run is never taken as done.
 */
final class InputMarker {

  private static final long HASHED_UP_TO = 1 << 20;

  private final Path file;
  private final String state;

  private InputMarker(Path file, String state) {
    this.file = file;
    this.state = state;
  }

  /**
   * @param file where the marker is kept
   * @param root the site root whose inputs are digested
   * @param settings the goal's settings that change its outcome (output folder, formats, ...)
   */
  static InputMarker of(Path file, Path root, Map<String, String> settings) throws IOException {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(settings).forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
    inputs(root)
        .forEach((k, v) -> text.append("file ").append(k).append(' ').append(v).append('\n'));
    return new InputMarker(file, text.toString());
  }

  /** Whether the last successful run had the same settings and inputs. */
  boolean upToDate() {
    try {
      return Files.isRegularFile(file)
          && Files.readString(file, StandardCharsets.UTF_8).equals(state);
    } catch (IOException e) {
      return false;
    }
  }

  /** Forgets the last run, before a new one starts. */
  void clear() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Records a successful run. */
  void save() throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, state, StandardCharsets.UTF_8);
  }

  Path file() {
    return file;
  }

  private static SortedMap<String, String> inputs(Path root) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    for (String input : new String[] {"evalpress.yaml", "content", "results"}) {
      Path path = root.resolve(input);
      if (!Files.exists(path)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
        for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
          files.put(root.relativize(f).toString().replace('\\', '/'), describe(f));
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return files;
  }

  private static String describe(Path file) throws IOException {
    long size = Files.size(file);
    if (size > HASHED_UP_TO) {
      return size + " " + Files.getLastModifiedTime(file).toMillis();
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(file)) {
        digest.update(in.readNBytes((int) HASHED_UP_TO + 1));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
