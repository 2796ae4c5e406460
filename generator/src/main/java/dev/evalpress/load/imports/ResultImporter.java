package dev.evalpress.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.problem.Problems;
import java.util.Optional;

/**
 * Reads one foreign JSON format. Recognition is by content, never by file name. Implementations are
 * stateless and thread-safe.
 */
public interface ResultImporter {

  /** The format's name as users know it, listed when a JSON file is of no known format. */
  String format();

  /** True when {@code root} (a parsed JSON file without a v1 {@code kind}) is in this format. */
  boolean recognizes(JsonNode root);

  /**
   * Reads a recognised file. Problems (a field missing, a value of the wrong type) are reported at their
   * place in {@code doc} with what was expected; empty when nothing could be imported.
   */
  Optional<ImportedResults> read(LocatedJson doc, Problems problems);

  /**
   * Reads a recognised file found at {@code context.file()}, with the per-sample records the framework wrote in
   * or beside it ({@link ImportedResults#sampleLogs()}), where this format has them, and what the settings say
   * about the file.
   */
  default Optional<ImportedResults> read(LocatedJson doc, ImportContext context, Problems problems) {
    return read(doc, problems);
  }
}
