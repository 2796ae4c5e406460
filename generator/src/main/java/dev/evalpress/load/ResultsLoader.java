package dev.evalpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.AgenticMisalignmentResultsDirectory;
import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.load.imports.Importers;
import dev.evalpress.load.imports.inspect.InspectEvalZip;
import dev.evalpress.load.imports.ResultImporter;
import dev.evalpress.load.imports.ImportContext;
import dev.evalpress.config.ResultSettings;
import java.util.Optional;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Results;
import dev.evalpress.model.Source;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads every {@code *.json} file under {@code results/}, dispatching on its {@code kind}, then checks the
 * files against each other ({@link ResultsAssembler}).
 */
public final class ResultsLoader {

  static final List<String> KINDS = List.of("models", "eval-result", "training-run");

  private ResultsLoader() {}

  /** Loads {@code root/results}; problems go to {@code problems} and the returned results omit bad parts. */
  public static Results load(Path root, Problems problems) {
    return loadWithSamples(root, ResultSettings.NONE, problems).results();
  }

  /** The results with the per-sample records of imported files, to stream later. */
  public record Loaded(Results results, List<ImportedSampleLog> importedSamples) {

    public Loaded {
      importedSamples = List.copyOf(importedSamples);
    }
  }

  /** Loads {@code root/results} as {@link #load} does, keeping the imported files' per-sample records. */
  public static Loaded loadWithSamples(Path root, ResultSettings settings, Problems problems) {
    return read(root.resolve("results"), root, settings, problems);
  }

  /**
   * Reads every result file in {@code source} (a file, or a folder searched recursively), v1 or of another
   * framework, as {@code evalpress import} does; paths in problems and notes start with the folder's own name
   * ({@code results/x.json} for {@code SRC = .../results}), as a build's paths do, so a build from the converted
   * files notes the same places as a build from the originals.
   */
  public static Results importFrom(Path source, Problems problems) {
    Path base = source.toAbsolutePath().normalize();
    Path shownFrom = base.getParent() != null ? base.getParent() : base;
    return read(base, shownFrom, ResultSettings.NONE, problems).results();
  }

  private static Loaded read(Path folder, Path root, ResultSettings settings, Problems problems) {
    ResultsAssembler assembler = new ResultsAssembler(settings, problems);
    ResultFolder files = new ResultFolder(folder, root, settings, problems);
    java.util.TreeSet<Path> frameworkDirs = new java.util.TreeSet<>();
    for (Path file : files.list(".json")) {
      Path modelsDir = agenticMisalignmentModelsDir(file);
      if (modelsDir != null) {
        frameworkDirs.add(modelsDir);
      } else if (!isAgenticMisalignmentPromptFile(file)) {
        readFile(files, file, assembler, problems);
      }
    }
    for (Path dir : frameworkDirs) {
      String shown = ResultFiles.shown(root, dir);
      AgenticMisalignmentResultsDirectory.read(dir, shown, problems)
          .ifPresent(r -> assembler.addImported(r, shown, "folder:" + shown));
    }
    for (Path file : files.list(".eval")) {
      String shown = ResultFiles.shown(root, file);
      files.digest(file).ifPresent(digest -> InspectEvalZip.read(file, shown, problems)
          .ifPresent(r -> assembler.addImported(r, shown, digest)));
    }
    files.checkImportRules();
    return new Loaded(assembler.assemble(), assembler.sampleLogs());
  }

  private static void readFile(ResultFolder files, Path file, ResultsAssembler assembler, Problems problems) {
    String shown = ResultFiles.shown(files.root(), file);
    byte[] bytes;
    try {
      bytes = files.read(file);
    } catch (IOException e) {
      problems.add(Source.file(shown), "cannot read: " + IoFailure.describe(e));
      return;
    }
    String digest = ResultFolder.sha256(bytes);
    LocatedJson.parse(shown, bytes, problems).ifPresent(doc -> {
      JsonObject top = JsonObject.root(doc, problems);
      if (top != null && !top.has("kind")) {
        importForeign(doc, files, file, digest, assembler, problems);
        return;
      }
      Optional<String> first = files.firstWithContent(digest, shown);
      if (first.isPresent() && top != null && !"eval-result".equals(top.raw("kind").asText())) {
        assembler.addSameFileNote(shown, first.get());
        return;
      }
      if (top == null || !checkHeader(top)) {
        return;
      }
      switch (top.raw("kind").textValue()) {
        case "models" -> {
          assembler.addModels(ModelsFileReader.read(top), top.failed());
          assembler.addNotes(ResultNotesReader.read(top));
        }
        case "eval-result" -> {
          EvalResultFileReader.Read read = EvalResultFileReader.read(top);
          if (read != null) {
            assembler.addEvalResult(read.eval(), read.result(), shown, digest);
          }
        }
        case "training-run" -> {
          TrainingRun run = TrainingRunFileReader.read(top);
          if (run != null) {
            assembler.addRun(run);
          }
        }
        default -> throw new IllegalStateException("kind already checked");
      }
    });
  }

  /**
   * The {@code models} folder of an agentic-misalignment results directory that {@code file} belongs to
   * ({@code models/MODEL/CONDITION/sample_NNN/response.json}), or null. Such a folder is read as a whole.
   */
  /**
   * Whether {@code file} is in the {@code prompts/<condition>/} folder beside an agentic-misalignment
   * {@code models/} folder: the framework's prompt metadata, read with the transcripts, not a result file.
   */
  private static boolean isAgenticMisalignmentPromptFile(Path file) {
    Path condition = file.getParent();
    Path prompts = condition == null ? null : condition.getParent();
    return prompts != null && prompts.getFileName().toString().equals("prompts") && prompts.getParent() != null
        && Files.isDirectory(prompts.getParent().resolve("models"));
  }

  private static Path agenticMisalignmentModelsDir(Path file) {
    Path sample = file.getParent();
    if (!file.getFileName().toString().equals("response.json") || sample == null
        || !sample.getFileName().toString().startsWith("sample_")) {
      return null;
    }
    Path models = sample.getParent() == null || sample.getParent().getParent() == null
        ? null : sample.getParent().getParent().getParent();
    return models != null && models.getFileName().toString().equals("models") ? models : null;
  }

  /** A JSON file without a v1 {@code kind}: another framework's output, or an error listing what we read. */
  private static void importForeign(LocatedJson doc, ResultFolder files, Path file, String digest,
      ResultsAssembler assembler, Problems problems) {
    Optional<ResultImporter> importer = Importers.recognize(doc.root());
    if (importer.isEmpty()) {
      List<String> formats = Importers.formats();
      problems.add(doc.place(""), "missing field \"kind\" in the top-level object: expected one of "
          + String.join(", ", KINDS) + (formats.isEmpty() ? "" : ", or a file of a format evalpress reads: "
          + String.join("; ", formats)) + "; if the file is not a result, skip it with ignore: [\""
          + files.relative(file) + "\"] in evalpress.yaml");
      return;
    }
    ImportContext context = new ImportContext(file, files.importRule(file).map(rule -> new ImportContext.ModelOverride(
        rule.model(), rule.step(), rule.files().source())));
    importer.get().read(doc, context, problems).ifPresent(r -> assembler.addImported(r, doc.path(), digest));
  }

  private static boolean checkHeader(JsonObject top) {
    if (!top.has("kind")) {
      top.fail(null, "missing field \"kind\" in the top-level object: expected one of " + String.join(", ", KINDS));
      return false;
    }
    String kind = top.requireText("kind");
    if (kind == null) {
      return false;
    }
    if (!KINDS.contains(kind)) {
      top.fail("kind", "/kind: unknown kind \"" + kind + "\"; expected one of " + String.join(", ", KINDS));
      return false;
    }
    if (!top.has("version")) {
      top.fail(null, "missing field \"version\" in the top-level object: expected 1");
      return false;
    }
    JsonNode version = top.raw("version");
    if (!version.isIntegralNumber()) {
      top.fail("version", "/version: expected the number 1, got " + JsonObject.describe(version));
      return false;
    }
    if (version.asLong() != 1) {
      top.fail("version", "/version: unsupported version " + version + "; this evalpress reads version 1");
      return false;
    }
    return true;
  }
}
