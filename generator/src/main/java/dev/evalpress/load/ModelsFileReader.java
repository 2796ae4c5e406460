package dev.evalpress.load;

import dev.evalpress.load.internal.Ids;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.ModelVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a {@code kind: "models"} file. */
final class ModelsFileReader {

  private static final Set<String> TOP =
      Set.of("kind", "version", "models", "evals", "notes", "incomplete");
  private static final Set<String> MODEL =
      Set.of("id", "name", "family", "released", "predecessor");

  private ModelsFileReader() {}

  static List<ModelVersion> read(JsonObject file) {
    file.allowOnly(TOP);
    List<ModelVersion> models = new ArrayList<>();
    List<JsonObject> items = file.requireObjects("models");
    if (file.has("models") && file.raw("models").isArray() && file.raw("models").isEmpty()) {
      file.fail("models", file.pointerOf("models") + ": expected at least one model");
    }
    for (JsonObject m : items) {
      m.allowOnly(MODEL);
      String id = m.requireText("id");
      String name = m.requireText("name");
      String family = m.requireText("family");
      // optional: a models file may name and group versions whose release date nobody recorded
      Optional<LocalDate> released = m.date("released");
      boolean badDate = m.has("released") && released.isEmpty();
      Optional<String> predecessor = m.text("predecessor");
      if (id != null && !Ids.isSimple(id)) {
        m.fail(
            "id",
            m.pointerOf("id")
                + ": expected a model id of "
                + Ids.SIMPLE_RULE
                + ", got \""
                + id
                + "\"");
        id = null;
      }
      if (id != null && name != null && family != null && !badDate) {
        models.add(new ModelVersion(id, name, family, released, predecessor, m.place()));
      }
    }
    return models;
  }

  /**
   * The {@code evals} of a models file: evals that {@code import} found only in runs that did not
   * complete.
   */
  static List<dev.evalpress.model.EvalDefinition> evals(JsonObject file) {
    List<dev.evalpress.model.EvalDefinition> evals = new ArrayList<>();
    if (file.has("evals")) {
      for (JsonObject e : file.requireObjects("evals")) {
        dev.evalpress.model.EvalDefinition d = EvalResultFileReader.readEval(e);
        if (d != null) {
          evals.add(d);
        }
      }
    }
    return evals;
  }
}
