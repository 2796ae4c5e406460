package dev.evalpress.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An importer of one JSON document format: it claims a {@code .json} file without a v1 {@code kind}
 * whose fields it {@link #recognizes}, and reads the document the loader parsed.
 */
public interface JsonDocumentImporter extends ResultImporter {

  /** True when {@code root} (a parsed JSON file without a v1 {@code kind}) is in this format. */
  boolean recognizes(JsonNode root);

  /**
   * Reads a recognised document. Problems (a field missing, a value of the wrong type) are reported
   * at their place in {@code doc} with what was expected; empty when nothing could be imported.
   */
  Optional<ImportedResults> read(LocatedJson doc, Problems problems);

  /**
   * Reads a recognised document found at {@code context.file()}, with the per-sample records the
   * framework wrote in or beside it ({@link ImportedResults#sampleLogs()}), where this format has
   * them, and what the settings say about the file.
   */
  default Optional<ImportedResults> read(
      LocatedJson doc, ImportContext context, Problems problems) {
    return read(doc, problems);
  }

  @Override
  default Optional<Path> claim(InputFile file) {
    return file.foreignJson().filter(d -> recognizes(d.root())).map(d -> file.path());
  }

  @Override
  default Optional<ImportedResults> read(
      Path claimed, InputFile offered, String shown, ImportContext context, Problems problems) {
    return offered.foreignJson().flatMap(doc -> read(doc, context, problems));
  }
}
