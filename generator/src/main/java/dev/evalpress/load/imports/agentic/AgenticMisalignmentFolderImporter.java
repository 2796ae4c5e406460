package dev.evalpress.load.imports.agentic;

import dev.evalpress.load.imports.ImportContext;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.InputFile;
import dev.evalpress.load.imports.ResultImporter;
import dev.evalpress.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Claims the agentic-misalignment framework's results folder by its layout: a {@code
 * models/MODEL/CONDITION/sample_NNN/response.json} claims its {@code models} folder, read once as a
 * whole by {@link AgenticMisalignmentResultsDirectory}; the prompt metadata in {@code
 * prompts/CONDITION/} beside a {@code models} folder belongs to it too (it is read with the
 * transcripts, and is no result file).
 */
public final class AgenticMisalignmentFolderImporter implements ResultImporter {

  @Override
  public String format() {
    return "agentic-misalignment results folder (models/MODEL/CONDITION/sample_NNN/response.json)";
  }

  @Override
  public Optional<Path> claim(InputFile file) {
    return modelsFolderOfResponse(file.path()).or(() -> modelsFolderOfPrompt(file.path()));
  }

  @Override
  public Optional<ImportedResults> read(
      Path claimed, InputFile offered, String shown, ImportContext context, Problems problems) {
    return AgenticMisalignmentResultsDirectory.read(claimed, shown, problems);
  }

  private static Optional<Path> modelsFolderOfResponse(Path file) {
    Path sample = file.getParent();
    if (!file.getFileName().toString().equals("response.json")
        || sample == null
        || !sample.getFileName().toString().startsWith("sample_")) {
      return Optional.empty();
    }
    Path models =
        sample.getParent() == null || sample.getParent().getParent() == null
            ? null
            : sample.getParent().getParent().getParent();
    return models != null
            && models.getFileName() != null
            && models.getFileName().toString().equals("models")
        ? Optional.of(models)
        : Optional.empty();
  }

  /**
   * A JSON file in {@code prompts/CONDITION/} beside a {@code models/} folder with samples in it.
   */
  private static Optional<Path> modelsFolderOfPrompt(Path file) {
    Path condition = file.getParent();
    Path prompts = condition == null ? null : condition.getParent();
    if (prompts == null
        || prompts.getFileName() == null
        || !prompts.getFileName().toString().equals("prompts")
        || prompts.getParent() == null) {
      return Optional.empty();
    }
    Path models = prompts.getParent().resolve("models");
    return Files.isDirectory(models) ? Optional.of(models) : Optional.empty();
  }
}
