package dev.evalpress.load.imports.agentic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the {@code models} folder of an agentic-misalignment results directory: {@code
 * models/<model>/<condition>/sample_*}{@code /response.json}. Folders are walked in name order, so
 * the result does not depend on the file system. Each {@code response.json} whose {@code
 * classification} object has a boolean {@code harmful_behavior} is classified (harmful when true);
 * one without {@code classification} or without {@code harmful_behavior} is unclassified and, as
 * {@code compute_statistics.py} does, left out of the denominator. A sample folder without {@code
 * response.json} is skipped (the framework writes none for a failed call). The counts are mapped as
 * {@link AgenticMisalignmentTally} describes, so this gives the same {@link ImportedResults} as
 * {@link AgenticMisalignmentStatisticsImporter} on the statistics of the same folder, plus the
 * classified samples as per-sample records ({@link AgenticMisalignmentSampleLog}).
 *
 * <p>Problems: a {@code response.json} that is not JSON, whose top level is not an object, whose
 * {@code classification} is not an object, or whose {@code harmful_behavior} is not {@code true} or
 * {@code false} is reported at its place and not counted; a condition folder whose name is not a
 * condition id is reported and skipped.
 */
public final class AgenticMisalignmentResultsDirectory {

  private AgenticMisalignmentResultsDirectory() {}

  /**
   * Reads {@code modelsDir}, shown in places as {@code shown} (such as {@code
   * results/run1/models}); empty when no model had a countable sample.
   */
  public static Optional<ImportedResults> read(Path modelsDir, String shown, Problems problems) {
    AgenticMisalignmentTally tally = new AgenticMisalignmentTally();
    for (Path modelDir : children(modelsDir, shown, problems)) {
      String model = modelDir.getFileName().toString();
      String modelShown = shown + "/" + model;
      for (Path conditionDir : children(modelDir, modelShown, problems)) {
        String condition = conditionDir.getFileName().toString();
        String conditionShown = modelShown + "/" + condition;
        String error = AgenticMisalignmentTally.conditionError(condition);
        if (error != null) {
          problems.add(Source.file(conditionShown), error);
          continue;
        }
        long harmful = 0;
        long classified = 0;
        long unclassified = 0;
        Source first = null;
        for (Path sampleDir : children(conditionDir, conditionShown, problems)) {
          String sample = sampleDir.getFileName().toString();
          Path response = sampleDir.resolve("response.json");
          if (!sample.startsWith("sample_") || !Files.isRegularFile(response)) {
            continue;
          }
          String responseShown = conditionShown + "/" + sample + "/response.json";
          Optional<Boolean> verdict = readVerdict(response, responseShown, problems);
          if (verdict == null) {
            continue;
          }
          first = first == null ? Source.file(responseShown) : first;
          if (verdict.isEmpty()) {
            unclassified++;
          } else {
            classified++;
            harmful += verdict.get() ? 1 : 0;
          }
        }
        if (first != null) {
          tally.add(
              model, condition, harmful, classified, unclassified, Source.file(conditionShown));
        }
      }
    }
    return tally
        .build()
        .map(
            r ->
                r.withSampleLogs(
                    List.of(
                        new AgenticMisalignmentSampleLog(
                            modelsDir,
                            shown,
                            r.evals().stream().map(EvalDefinition::id).toList()))));
  }

  /**
   * The {@code harmful_behavior} of one response: present when classified, empty when unclassified,
   * null (with a problem) when the file is bad.
   */
  private static Optional<Boolean> readVerdict(Path file, String shown, Problems problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(Source.file(shown), "cannot read the file: " + IoFailure.describe(e));
      return null;
    }
    Optional<LocatedJson> doc = LocatedJson.parse(shown, bytes, problems);
    if (doc.isEmpty()) {
      return null;
    }
    JsonObject root = JsonObject.root(doc.get(), problems);
    if (root == null) {
      return null;
    }
    if (!root.has("classification")) {
      return Optional.empty();
    }
    Optional<JsonObject> classification = root.object("classification");
    if (classification.isEmpty()) {
      return null;
    }
    JsonObject c = classification.get();
    if (!c.has("harmful_behavior")) {
      return Optional.empty();
    }
    JsonNode v = c.raw("harmful_behavior");
    if (!v.isBoolean()) {
      c.fail(
          "harmful_behavior",
          c.pointerOf("harmful_behavior")
              + ": expected true or false, got "
              + JsonObject.describe(v));
      return null;
    }
    return Optional.of(v.booleanValue());
  }

  /** The sub-folders of {@code dir} in name order; a folder that cannot be listed is reported. */
  private static List<Path> children(Path dir, String shown, Problems problems) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      problems.add(Source.file(shown), "cannot list the folder: " + IoFailure.describe(e));
      return List.of();
    }
  }
}
