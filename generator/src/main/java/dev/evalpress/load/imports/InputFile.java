package dev.evalpress.load.imports;

import dev.evalpress.located.LocatedJson;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A file under {@code results/} as importers see it when they decide whether to claim it: its path,
 * the path shown in messages, and its parsed JSON, parsed on first request (once, with problems
 * reported once) so that a file claimed by its place in a framework's folder is never parsed twice.
 * Not thread-safe.
 */
public final class InputFile {

  private final Path path;
  private final String shown;
  private final Supplier<Optional<LocatedJson>> parse;
  private Optional<LocatedJson> json;

  public InputFile(Path path, String shown, Supplier<Optional<LocatedJson>> parse) {
    this.path = path;
    this.shown = shown;
    this.parse = parse;
  }

  /** A JSON file already parsed, as {@code doc}. */
  public static InputFile parsed(Path path, LocatedJson doc) {
    return new InputFile(path, doc.path(), () -> Optional.of(doc));
  }

  public Path path() {
    return path;
  }

  public String shown() {
    return shown;
  }

  public boolean named(String suffix) {
    return path.getFileName().toString().endsWith(suffix);
  }

  /**
   * The file's JSON, when it is a {@code .json} file that parses; parse problems are reported once.
   */
  public Optional<LocatedJson> json() {
    if (json == null) {
      json = named(".json") ? parse.get() : Optional.empty();
    }
    return json;
  }

  /**
   * The JSON of a {@code .json} file without a v1 {@code kind}: another framework's document, if
   * any.
   */
  public Optional<LocatedJson> foreignJson() {
    return json().filter(d -> d.root().isObject() && !d.root().has("kind"));
  }
}
