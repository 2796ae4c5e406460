package dev.evalpress.build;

import dev.evalpress.load.SettingsLoader;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.render.export.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Where an export came from: this evalpress's version and the SHA-256 of every input file. */
final class InputProvenance {

  private InputProvenance() {}

  static Provenance of(SourceFolders folders, Optional<Instant> sourceDate) throws IOException {
    return new Provenance(version(), sourceDate, digests(folders));
  }

  private static String version() {
    String version = InputProvenance.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /**
   * The SHA-256 of every input file, by its path as problems name it (relative to the root with
   * {@code /} when inside it), sorted.
   */
  static List<Provenance.InputDigest> digests(SourceFolders folders) throws IOException {
    TreeMap<String, Path> paths = new TreeMap<>();
    Path settings = folders.root().resolve(SettingsLoader.FILE);
    if (Files.isRegularFile(settings)) {
      paths.put(SettingsLoader.FILE, settings);
    }
    for (Path start : List.of(folders.content(), folders.results())) {
      if (!Files.exists(start)) {
        continue;
      }
      String shown = folders.shownFolder(start);
      try (Stream<Path> files = Files.walk(start)) {
        files
            .filter(Files::isRegularFile)
            .forEach(p -> paths.put(SourceFolders.shown(start, shown, p), p));
      }
    }
    List<Provenance.InputDigest> out = new ArrayList<>();
    for (Map.Entry<String, Path> path : paths.entrySet()) {
      out.add(new Provenance.InputDigest(path.getKey(), FileDigest.sha256(path.getValue())));
    }
    return out;
  }
}
