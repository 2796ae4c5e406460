package dev.evalpress.load;

import dev.evalpress.load.imports.InputFile;
import dev.evalpress.load.imports.JsonDocumentImporter;
import dev.evalpress.load.imports.ResultImporter;
import dev.evalpress.load.imports.agentic.AgenticMisalignmentFolderImporter;
import dev.evalpress.load.imports.agentic.AgenticMisalignmentStatisticsImporter;
import dev.evalpress.load.imports.inspect.InspectEvalZipImporter;
import dev.evalpress.load.imports.inspect.InspectLogImporter;
import dev.evalpress.load.imports.lmeval.LmEvalHarnessImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The importers evalpress has, in the order they are offered a file: the folder layouts first (a
 * framework's folder claims its own JSON files, which are never read one by one), then the JSON
 * document formats, then the zip logs. A new framework is one more {@link ResultImporter} here.
 */
public final class Importers {

  private static final List<ResultImporter> ALL =
      List.of(
          new AgenticMisalignmentFolderImporter(),
          new InspectLogImporter(),
          new LmEvalHarnessImporter(),
          new AgenticMisalignmentStatisticsImporter(),
          new InspectEvalZipImporter());

  private Importers() {}

  /** What an importer claimed of an offered file. */
  public record Claim(ResultImporter importer, Path path) {}

  /** The first importer's claim on {@code file}, if any importer claims it. */
  public static Optional<Claim> claim(InputFile file) {
    for (ResultImporter importer : ALL) {
      Optional<Path> claimed = importer.claim(file);
      if (claimed.isPresent()) {
        return Optional.of(new Claim(importer, claimed.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code root} (a JSON document parsed without its top-level {@code samples} array) is
   * of a format whose importer reads that array itself, as a stream: an Inspect AI log.
   */
  public static boolean streamsSamples(com.fasterxml.jackson.databind.JsonNode root) {
    return new InspectLogImporter().recognizes(root);
  }

  /**
   * The JSON document formats evalpress reads, for the message about a JSON file of no known
   * format.
   */
  public static List<String> jsonFormats() {
    return ALL.stream()
        .filter(i -> i instanceof JsonDocumentImporter)
        .map(ResultImporter::format)
        .toList();
  }
}
