package dev.evalpress.load.imports;

import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one other framework's output. Each importer claims what it reads by content — a JSON
 * document's fields, a zip's entries, the layout of the framework's results folder — never by a
 * file name alone; the loader offers it every file under {@code results/} (in {@link Importers}'
 * order) and reads each claimed path once. Implementations are stateless and thread-safe.
 */
public interface ResultImporter {

  /** The format's name as users know it, listed when a file is of no known format. */
  String format();

  /**
   * What this importer reads of {@code file}: the file itself, the folder of the framework's output
   * that it belongs to (read once as a whole, however many of its files are offered), or nothing.
   */
  Optional<Path> claim(InputFile file);

  /**
   * Reads what it claimed: {@code claimed} is the claimed path and, when that is the offered file,
   * the file. Problems are reported at their place with what was expected; empty when nothing could
   * be imported.
   */
  Optional<ImportedResults> read(
      Path claimed, InputFile offered, String shown, ImportContext context, Problems problems);
}
