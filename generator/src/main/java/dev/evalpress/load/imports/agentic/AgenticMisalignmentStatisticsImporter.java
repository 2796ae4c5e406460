package dev.evalpress.load.imports.agentic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.imports.JsonDocumentImporter;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.problem.Problems;
import java.util.List;
import java.util.Optional;

/**
 * Imports the JSON written by {@code scripts/compute_statistics.py} of Anthropic's <a
 * href="https://github.com/anthropic-experimental/agentic-misalignment">agentic-misalignment</a>
 * framework: an object whose {@code experiments} array has one entry per model × condition with
 * {@code model}, {@code condition}, {@code total_samples}, {@code harmful_samples} and {@code
 * classified_samples} (other fields, such as {@code provider}, {@code proportion_harmful} and the
 * top-level {@code summary}, are not read).
 *
 * <h2>Recognition</h2>
 *
 * A JSON object without a v1 {@code kind} whose {@code experiments} is an array with at least one
 * object that has {@code condition}, {@code harmful_samples} and {@code classified_samples}.
 *
 * <h2>Mapping</h2>
 *
 * As {@link AgenticMisalignmentTally} describes: k = {@code harmful_samples}, n = {@code
 * classified_samples}; {@code total_samples} − {@code classified_samples} samples were unclassified
 * and are counted in the notes ({@code total_samples} may be absent: then none are).
 */
public final class AgenticMisalignmentStatisticsImporter implements JsonDocumentImporter {

  @Override
  public String format() {
    return "agentic-misalignment compute_statistics.py output (JSON)";
  }

  @Override
  public boolean recognizes(JsonNode root) {
    if (root == null || !root.isObject() || root.has("kind")) {
      return false;
    }
    JsonNode experiments = root.get("experiments");
    if (experiments == null || !experiments.isArray()) {
      return false;
    }
    for (JsonNode e : experiments) {
      if (e.isObject()
          && e.has("condition")
          && e.has("harmful_samples")
          && e.has("classified_samples")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<ImportedResults> read(LocatedJson doc, Problems problems) {
    JsonObject root = JsonObject.root(doc, problems);
    if (root == null) {
      return Optional.empty();
    }
    AgenticMisalignmentTally tally = new AgenticMisalignmentTally();
    List<JsonObject> experiments = root.requireObjects("experiments");
    for (JsonObject e : experiments) {
      String model = e.requireText("model");
      String condition = e.requireText("condition");
      Long harmful = e.requireLong("harmful_samples", 0);
      Long classified = e.requireLong("classified_samples", 0);
      Long total = e.has("total_samples") ? e.integer("total_samples", 0) : classified;
      if (model == null
          || condition == null
          || harmful == null
          || classified == null
          || total == null) {
        continue;
      }
      String error = AgenticMisalignmentTally.conditionError(condition);
      if (error != null) {
        e.fail("condition", e.pointerOf("condition") + ": " + error);
        continue;
      }
      if (harmful > classified) {
        e.fail(
            "harmful_samples",
            e.pointerOf("harmful_samples")
                + ": expected at most the "
                + classified
                + " classified_samples, got "
                + harmful);
        continue;
      }
      if (total < classified) {
        e.fail(
            "total_samples",
            e.pointerOf("total_samples")
                + ": expected at least the "
                + classified
                + " classified_samples, got "
                + total);
        continue;
      }
      tally.add(model, condition, harmful, classified, total - classified, e.place());
    }
    return tally.build();
  }
}
