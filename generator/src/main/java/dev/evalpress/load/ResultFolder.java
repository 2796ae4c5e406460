package dev.evalpress.load;

import dev.evalpress.model.ImportRule;
import dev.evalpress.model.ResultSettings;
import dev.evalpress.model.Source;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files of a results folder as the settings say to read them: without those matching {@code
 * ignore:}, with the {@code imports:} rule of each, and with the digest of each file's bytes, so
 * that a file copied byte for byte is read once. Not thread-safe; one per load.
 */
final class ResultFolder {

  /**
   * Larger JSON files are not read: a result file this size is a mistake, and it would not fit in
   * memory.
   */
  static final long MAX_JSON_BYTES = 1L << 30;

  private final Path folder;
  private final String shownFolder;
  private final ResultSettings settings;
  private final Problems problems;
  private final Map<String, String> firstByDigest = new HashMap<>();
  private final Set<ImportRule> usedRules = new HashSet<>();

  /**
   * @param shownFolder the folder as problems name it (see {@link SourceFolders#shownFolder})
   */
  ResultFolder(Path folder, String shownFolder, ResultSettings settings, Problems problems) {
    this.folder = folder;
    this.shownFolder = shownFolder;
    this.settings = settings;
    this.problems = problems;
  }

  /** A file under the folder as problems name it. */
  String shown(Path file) {
    return SourceFolders.shown(folder, shownFolder, file);
  }

  /** The files named {@code *SUFFIX}, sorted, without ignored ones. */
  List<Path> list(String suffix) {
    return ResultFiles.list(
        folder, shownFolder, suffix, f -> settings.ignoring(relative(f)).isEmpty(), problems);
  }

  /**
   * The path under the results folder, with {@code /}: what {@code ignore:} and {@code imports:}
   * match.
   */
  String relative(Path file) {
    Path base = Files.isDirectory(folder) ? folder : folder.getParent();
    return base.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  Optional<ImportRule> importRule(Path file) {
    Optional<ImportRule> rule = settings.importRule(relative(file));
    rule.ifPresent(usedRules::add);
    return rule;
  }

  /**
   * An {@code imports:} rule that matched no file is a setting that silently does nothing: a
   * problem.
   */
  void checkImportRules() {
    for (ImportRule rule : settings.imports()) {
      if (!usedRules.contains(rule)) {
        problems.add(
            rule.files().source(),
            "imports: files \""
                + rule.files()
                + "\" matches no lm-evaluation-harness"
                + " or other imported JSON file under "
                + shownFolder
                + "/; expected a glob such as neox/**/*.json");
      }
    }
  }

  /** Throws when the file is larger than {@link #MAX_JSON_BYTES}, before it is read. */
  void checkSize(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_JSON_BYTES) {
      throw new IOException(
          "the file has "
              + size
              + " bytes; result files of more than "
              + MAX_JSON_BYTES
              + " bytes are not read");
    }
  }

  byte[] read(Path file) throws IOException {
    checkSize(file);
    return Files.readAllBytes(file);
  }

  /**
   * The first file read with these bytes, if it is not {@code shown}; records {@code shown}
   * otherwise.
   */
  Optional<String> firstWithContent(String digest, String shown) {
    String first = firstByDigest.putIfAbsent(digest, shown);
    return first == null || first.equals(shown) ? Optional.empty() : Optional.of(first);
  }

  /** The SHA-256 of a file read as a stream, or empty with a problem when it cannot be read. */
  Optional<String> digest(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return Optional.of(
          HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
    } catch (IOException e) {
      problems.add(Source.file(shown(file)), "cannot read: " + IoFailure.describe(e));
      return Optional.empty();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
