package dev.evalpress.load.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.inspect.InspectLogImporter;
import java.util.List;
import dev.evalpress.load.imports.lmeval.LmEvalHarnessImporter;
import java.util.Optional;

/** The importers evalpress has, in the order they are asked to recognise a file. */
public final class Importers {

  private static final List<ResultImporter> ALL = List.of(new InspectLogImporter(), new LmEvalHarnessImporter(),
      new AgenticMisalignmentStatisticsImporter());

  private Importers() {}

  /** The importer whose format {@code root} is in, if any. */
  public static Optional<ResultImporter> recognize(JsonNode root) {
    return ALL.stream().filter(i -> i.recognizes(root)).findFirst();
  }

  /** The other frameworks' formats evalpress reads, for the message about a JSON file of no known format. */
  public static List<String> formats() {
    return ALL.stream().map(ResultImporter::format).toList();
  }
}
