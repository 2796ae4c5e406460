package dev.evalpress.load;

import dev.evalpress.load.imports.InputFile;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file of the results folder while the loader offers it to importers: its bytes are read only when someone
 * needs them (an importer's claim by content, the v1 readers, the digest that counts a copy once), and then once.
 * A read failure is reported once. Not thread-safe.
 */
final class OfferedFile {

  private final ResultFolder folder;
  private final Path path;
  private final String shown;
  private final Problems problems;
  private final InputFile input;
  private byte[] bytes;
  private boolean unreadable;

  OfferedFile(ResultFolder folder, Path path, Problems problems) {
    this.folder = folder;
    this.path = path;
    this.shown = ResultFiles.shown(folder.root(), path);
    this.problems = problems;
    this.input = new InputFile(path, shown, () -> bytes().flatMap(b -> LocatedJson.parse(shown, b, problems)));
  }

  Path path() {
    return path;
  }

  String shown() {
    return shown;
  }

  boolean named(String suffix) {
    return input.named(suffix);
  }

  InputFile asInput() {
    return input;
  }

  /** The SHA-256 of the file's bytes; a zip log is digested as a stream, without holding it in memory. */
  Optional<String> digest() {
    if (!named(".json")) {
      return folder.digest(path);
    }
    return bytes().map(ResultFolder::sha256);
  }

  private Optional<byte[]> bytes() {
    if (bytes == null && !unreadable) {
      try {
        bytes = folder.read(path);
      } catch (IOException e) {
        unreadable = true;
        problems.add(Source.file(shown), "cannot read: " + IoFailure.describe(e));
      }
    }
    return Optional.ofNullable(bytes);
  }
}
