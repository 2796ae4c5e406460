package dev.evalpress.build;

import dev.evalpress.render.export.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Where an export came from: this evalpress's version and the SHA-256 of every input file. */
final class InputProvenance {

  private static final List<String> INPUTS = List.of("evalpress.yaml", "content", "results");

  private InputProvenance() {}

  static Provenance of(Path root, Optional<Instant> sourceDate) throws IOException {
    return new Provenance(version(), sourceDate, digests(root));
  }

  private static String version() {
    String version = InputProvenance.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** The SHA-256 of every input file, by its path relative to the root with {@code /}, sorted. */
  static List<Provenance.InputDigest> digests(Path root) throws IOException {
    TreeSet<String> paths = new TreeSet<>();
    for (String input : INPUTS) {
      Path start = root.resolve(input);
      if (!Files.exists(start)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(start)) {
        files
            .filter(Files::isRegularFile)
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .forEach(paths::add);
      }
    }
    List<Provenance.InputDigest> out = new ArrayList<>();
    for (String path : paths) {
      out.add(new Provenance.InputDigest(path, sha256(root.resolve(path))));
    }
    return out;
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (var in = Files.newInputStream(file)) {
        byte[] buffer = new byte[65_536];
        for (int read; (read = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, read);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
