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
 * A file of the results folder while the loader offers it to importers: it is parsed only when
 * someone needs it (an importer's claim by content, the v1 readers), and then once; its digest,
 * which counts a copy once, is taken as a stream. A read failure is reported once. Not thread-safe.
 */
final class OfferedFile {

  /**
   * The top-level field that {@link Importers#streamsSamples} formats read as a stream, never held
   * whole.
   */
  private static final String STREAMED_FIELD = "samples";

  private final ResultFolder folder;
  private final Path path;
  private final String shown;
  private final Problems problems;
  private final InputFile input;

  OfferedFile(ResultFolder folder, Path path, Problems problems) {
    this.folder = folder;
    this.path = path;
    this.shown = folder.shown(path);
    this.problems = problems;
    this.input = new InputFile(path, shown, this::parse);
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

  /** The SHA-256 of the file's bytes, read as a stream, without holding the file in memory. */
  Optional<String> digest() {
    return folder.digest(path);
  }

  /**
   * The file's JSON, parsed as a stream with a top-level {@code samples} array left out, which the
   * Inspect importer streams itself (a log's samples are nearly all its bytes, and may not fit in
   * memory). Any other document that has such an array is parsed again, whole, from its bytes, as
   * the other formats' readers expect it.
   */
  private Optional<LocatedJson> parse() {
    try {
      folder.checkSize(path);
    } catch (IOException e) {
      problems.add(Source.file(shown), "cannot read: " + IoFailure.describe(e));
      return Optional.empty();
    }
    Optional<LocatedJson> streamed = LocatedJson.parse(shown, path, STREAMED_FIELD, problems);
    if (streamed.isEmpty()
        || streamed.get().skipped().isEmpty()
        || Importers.streamsSamples(streamed.get().root())) {
      return streamed;
    }
    try {
      return LocatedJson.parse(shown, folder.read(path), problems);
    } catch (IOException e) {
      problems.add(Source.file(shown), "cannot read: " + IoFailure.describe(e));
      return Optional.empty();
    }
  }
}
