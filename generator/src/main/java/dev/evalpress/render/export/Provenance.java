package dev.evalpress.render.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where an export came from: the evalpress version, the SHA-256 of every input file (paths relative
 * to the root, with {@code /}, sorted), and the build instant from {@code SOURCE_DATE_EPOCH} (empty
 * when unset, so that an undated export is still reproducible).
 */
public record Provenance(String version, Optional<Instant> built, List<InputDigest> inputs) {

  public Provenance {
    inputs = List.copyOf(inputs);
  }

  /** One input file and its SHA-256 in hex. */
  public record InputDigest(String path, String sha256) {}
}
