package dev.evalpress.maven;

import dev.evalpress.build.FileDigest;
import dev.evalpress.model.SourceFolders;
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
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A file under {@code target/} that records what a goal last ran on successfully: the goal's
 * settings, a digest of every input file ({@code evalpress.yaml}, the content and results folders)
 * and a digest of every file the run wrote that must stay as written (an export's files, a site's
 * home page). When the settings and inputs are the same at the next run, and those files are still
 * there with the same digests, the goal has nothing to do, as an incremental build expects. An
 * input up to 1 MiB is known by its SHA-256; a larger one (a sample log) by its size and
 * modification time, so that a build never reads gigabytes only to find that nothing changed. The
 * marker is removed before a run and written after it succeeds, so a failed or interrupted run is
 * never taken as done.
 */
final class InputMarker {

  private static final long HASHED_UP_TO = 1 << 20;

  /** Starts the line of a written file: {@code wrote SHA256 PATH}. */
  private static final String WROTE = "wrote ";

  private final Path file;
  private final String state;

  private InputMarker(Path file, String state) {
    this.file = file;
    this.state = state;
  }

  /**
   * @param file where the marker is kept
   * @param folders the site whose inputs are digested
   * @param settings the goal's settings that change its outcome (output folder, formats, ...)
   */
  static InputMarker of(Path file, SourceFolders folders, Map<String, String> settings)
      throws IOException {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(settings).forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
    inputs(folders)
        .forEach((k, v) -> text.append("file ").append(k).append(' ').append(v).append('\n'));
    return new InputMarker(file, text.toString());
  }

  /**
   * Whether the last successful run had the same settings and inputs, and what it wrote is still
   * there, unchanged.
   */
  boolean upToDate() {
    try {
      if (!Files.isRegularFile(file)) {
        return false;
      }
      String saved = Files.readString(file, StandardCharsets.UTF_8);
      if (!saved.startsWith(state)) {
        return false;
      }
      for (String line : saved.substring(state.length()).split("\n", -1)) {
        if (line.isEmpty()) {
          continue;
        }
        if (!line.startsWith(WROTE) || line.length() < WROTE.length() + 65) {
          return false;
        }
        String digest = line.substring(WROTE.length(), WROTE.length() + 64);
        Path written = Path.of(line.substring(WROTE.length() + 65));
        if (!Files.isRegularFile(written) || !digest.equals(FileDigest.sha256(written))) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Forgets the last run, before a new one starts. */
  void clear() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Records a successful run that wrote {@code written}. */
  void save(List<Path> written) throws IOException {
    StringBuilder text = new StringBuilder(state);
    for (Path w : written) {
      Path absolute = w.toAbsolutePath().normalize();
      text.append(WROTE)
          .append(FileDigest.sha256(absolute))
          .append(' ')
          .append(absolute)
          .append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  Path file() {
    return file;
  }

  private static SortedMap<String, String> inputs(SourceFolders folders) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    Path settings = folders.root().resolve("evalpress.yaml");
    if (Files.isRegularFile(settings)) {
      files.put("evalpress.yaml", describe(settings));
    }
    for (Path folder : List.of(folders.content(), folders.results())) {
      if (!Files.exists(folder)) {
        continue;
      }
      String shown = folders.shownFolder(folder);
      try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
        for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
          files.put(SourceFolders.shown(folder, shown, f), describe(f));
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
