package dev.evalpress.load.imports.inspect;

import dev.evalpress.load.imports.ImportContext;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.InputFile;
import dev.evalpress.load.imports.ResultImporter;
import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Claims Inspect AI's {@code .eval} zip logs — Inspect is the tool that writes {@code .eval} files
 * — and reads them through {@link InspectEvalZip}; a file that is not a readable zip or has no
 * {@code header.json} is reported as such, not passed over.
 */
public final class InspectEvalZipImporter implements ResultImporter {

  @Override
  public String format() {
    return "Inspect AI eval log (.eval zip, log format version 2 or 3)";
  }

  @Override
  public Optional<Path> claim(InputFile file) {
    return InspectEvalZip.isEvalZip(file.path()) ? Optional.of(file.path()) : Optional.empty();
  }

  @Override
  public Optional<ImportedResults> read(
      Path claimed, InputFile offered, String shown, ImportContext context, Problems problems) {
    return InspectEvalZip.read(claimed, shown, problems);
  }
}
