package dev.evalpress.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.ImportContext;
import dev.evalpress.load.imports.ImportedSampleLog;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.ResultSettings;
import dev.evalpress.model.Results;
import dev.evalpress.model.Source;
import dev.evalpress.model.SourceFolders;
import dev.evalpress.model.TrainingRun;
import dev.evalpress.problem.CurrentInput;
import dev.evalpress.problem.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Reads every {@code *.json} file under {@code results/}, dispatching on its {@code kind}, then
 * checks the files against each other ({@link ResultsAssembler}).
 */
public final class ResultsLoader {

  static final List<String> KINDS = List.of("models", "eval-result", "training-run");

  private ResultsLoader() {}

  /** The results with the per-sample records of imported files, to stream later. */
  public record Loaded(Results results, List<ImportedSampleLog> importedSamples) {

    public Loaded {
      importedSamples = List.copyOf(importedSamples);
    }
  }

  /** Loads {@code root/results} as {@link #load(SourceFolders, ResultSettings, Problems)} does. */
  public static Loaded load(Path root, ResultSettings settings, Problems problems) {
    return load(SourceFolders.of(root), settings, problems);
  }

  /**
   * Loads the results folder as {@code settings} say; problems go to {@code problems} and the
   * returned results omit bad parts. The imported files' per-sample records are kept to stream
   * later.
   */
  public static Loaded load(SourceFolders folders, ResultSettings settings, Problems problems) {
    return load(folders, settings, problems, n -> {});
  }

  /** {@link #load}, telling {@code filesRead} of each file once it is read. */
  public static Loaded load(
      SourceFolders folders, ResultSettings settings, Problems problems, LongConsumer filesRead) {
    return read(folders.results(), folders.shownResults(), settings, problems, filesRead);
  }

  /**
   * Reads every result file in {@code source} (a file, or a folder searched recursively), v1 or of
   * another framework, as {@code evalpress import} does; paths in problems and notes start with the
   * folder's own name ({@code results/x.json} for {@code SRC = .../results}), as a build's paths
   * do, so a build from the converted files notes the same places as a build from the originals.
   */
  public static Results importFrom(Path source, Problems problems) {
    return importFrom(source, problems, n -> {});
  }

  /** {@link #importFrom}, telling {@code filesRead} of each file once it is read. */
  public static Results importFrom(Path source, Problems problems, LongConsumer filesRead) {
    Path base = source.toAbsolutePath().normalize();
    return read(base, ownName(base), ResultSettings.NONE, problems, filesRead).results();
  }

  /** The name of {@code folder} itself, or nothing for the root of the file system. */
  static String ownName(Path folder) {
    return folder.getFileName() == null ? "" : folder.getFileName().toString();
  }

  private static Loaded read(
      Path folder,
      String shownFolder,
      ResultSettings settings,
      Problems problems,
      LongConsumer filesRead) {
    ResultsAssembler assembler = new ResultsAssembler(settings, problems);
    ResultFolder files = new ResultFolder(folder, shownFolder, settings, problems);
    // a framework's folder is read once, after its files have been offered one by one
    Map<Path, Importers.Claim> folders = new TreeMap<>();
    List<Path> offered = new ArrayList<>(files.list(".json"));
    offered.addAll(files.list(".eval"));
    for (Path file : offered) {
      OfferedFile input = new OfferedFile(files, file, problems);
      CurrentInput.set(input.shown());
      Optional<Importers.Claim> claim = Importers.claim(input.asInput());
      if (claim.isPresent() && !claim.get().path().equals(file)) {
        folders.putIfAbsent(claim.get().path(), claim.get());
      } else if (claim.isPresent()) {
        readClaimed(claim.get(), input, files, assembler, problems);
      } else {
        readUnclaimed(input, files, assembler, problems);
      }
      filesRead.accept(1);
    }
    for (Importers.Claim claim : folders.values()) {
      String shown = files.shown(claim.path());
      CurrentInput.set(shown);
      claim
          .importer()
          .read(claim.path(), null, shown, ImportContext.of(claim.path()), problems)
          .ifPresent(r -> assembler.addImported(r, shown, "folder:" + shown));
    }
    files.checkImportRules();
    return new Loaded(assembler.assemble(), assembler.sampleLogs());
  }

  /**
   * A file an importer claimed: read with the settings' rule for it, counted once per run or
   * content.
   */
  private static void readClaimed(
      Importers.Claim claim,
      OfferedFile input,
      ResultFolder files,
      ResultsAssembler assembler,
      Problems problems) {
    Optional<String> digest = input.digest();
    if (digest.isEmpty()) {
      return;
    }
    ImportContext context =
        new ImportContext(
            input.path(),
            files
                .importRule(input.path())
                .map(
                    rule ->
                        new ImportContext.ModelOverride(
                            rule.model(), rule.step(), rule.files().source())));
    claim
        .importer()
        .read(claim.path(), input.asInput(), input.shown(), context, problems)
        .ifPresent(r -> assembler.addImported(r, input.shown(), digest.get()));
  }

  /**
   * A file no importer claimed: a v1 file, or an error saying what evalpress reads and how to skip
   * it.
   */
  private static void readUnclaimed(
      OfferedFile input, ResultFolder files, ResultsAssembler assembler, Problems problems) {
    Optional<LocatedJson> json = input.asInput().json();
    if (json.isEmpty()) {
      if (!input.named(".json")) {
        problems.add(Source.file(input.shown()), "not a file of a format evalpress reads");
      }
      return; // a .json file that does not parse is already reported where it breaks
    }
    LocatedJson doc = json.get();
    JsonObject top = JsonObject.root(doc, problems);
    if (top == null) {
      return;
    }
    if (!top.has("kind")) {
      List<String> formats = Importers.jsonFormats();
      problems.add(
          doc.place(""),
          "missing field \"kind\" in the top-level object: expected one of "
              + String.join(", ", KINDS)
              + (formats.isEmpty()
                  ? ""
                  : ", or a file of a format evalpress reads: " + String.join("; ", formats))
              + "; if the file is not a result, skip it with ignore: [\""
              + files.relative(input.path())
              + "\"] in evalpress.yaml");
      return;
    }
    String digest = input.digest().orElseThrow();
    Optional<String> first = files.firstWithContent(digest, input.shown());
    if (first.isPresent() && !"eval-result".equals(top.raw("kind").asText())) {
      assembler.addSameFileNote(input.shown(), first.get());
      return;
    }
    if (!checkHeader(top)) {
      return;
    }
    switch (top.raw("kind").textValue()) {
      case "models" -> {
        assembler.addModels(ModelsFileReader.read(top), top.failed());
        assembler.addNotes(ResultNotesReader.read(top));
        assembler.addIncomplete(ResultNotesReader.incomplete(top));
        ModelsFileReader.evals(top).forEach(assembler::addEval);
      }
      case "eval-result" -> {
        EvalResultFileReader.Read read = EvalResultFileReader.read(top);
        if (read != null) {
          assembler.addEvalResult(read.eval(), read.result(), input.shown(), digest);
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
  }

  private static boolean checkHeader(JsonObject top) {
    if (!top.has("kind")) {
      top.fail(
          null,
          "missing field \"kind\" in the top-level object: expected one of "
              + String.join(", ", KINDS));
      return false;
    }
    String kind = top.requireText("kind");
    if (kind == null) {
      return false;
    }
    if (!KINDS.contains(kind)) {
      top.fail(
          "kind",
          "/kind: unknown kind \"" + kind + "\"; expected one of " + String.join(", ", KINDS));
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
      top.fail(
          "version",
          "/version: unsupported version " + version + "; this evalpress reads version 1");
      return false;
    }
    return true;
  }
}
