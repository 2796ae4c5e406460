package dev.evalpress.build;

import dev.evalpress.load.SettingsLoader;
import dev.evalpress.model.SourceFolders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the results and the settings are at one moment, to tell whether an edit touched them or only
 * the reports. A file up to 1 MiB (a result file, the settings) is known by its SHA-256, since a
 * quick edit can keep its size and, on coarse file systems, its time; a larger one (a sample log)
 * by its size and modification time, so that a rebuild never reads gigabytes to find out that
 * nothing changed. A folder that cannot be walked (a link loop) gives a fingerprint equal to no
 * other, so the full build runs and reports it.
 */
record InputFingerprint(SortedMap<String, String> files) {

  private static final long HASHED_UP_TO = 1 << 20;

  static InputFingerprint of(SourceFolders folders) {
    SortedMap<String, String> files = new TreeMap<>();
    Path settings = folders.root().resolve(SettingsLoader.FILE);
    if (Files.isRegularFile(settings)) {
      files.put(SettingsLoader.FILE, describe(settings));
    }
    Path results = folders.results();
    String shown = folders.shownResults();
    if (Files.isDirectory(results)) {
      try (Stream<Path> walk = Files.walk(results, FileVisitOption.FOLLOW_LINKS)) {
        walk.filter(Files::isRegularFile)
            .forEach(file -> files.put(SourceFolders.shown(results, shown, file), describe(file)));
      } catch (IOException | UncheckedIOException e) {
        files.put(shown, "unreadable " + System.nanoTime());
      }
    }
    return new InputFingerprint(files);
  }

  private static String describe(Path file) {
    try {
      long size = Files.size(file);
      if (size > HASHED_UP_TO) {
        return size + " " + Files.getLastModifiedTime(file).toMillis();
      }
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(file)) {
        digest.update(in.readNBytes((int) HASHED_UP_TO + 1));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      return "unreadable " + System.nanoTime();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
