package dev.evalpress.load.report;

import dev.evalpress.located.JsonObject;
import dev.evalpress.model.EvalSelectionSpec;
import dev.evalpress.model.TableSpec;
import java.util.List;
import java.util.Set;

/** Reads a {@code table} block: the eval selection, {@code by: model | condition} and a caption. */
final class TableSpecReader {

  static final Set<String> FIELDS = Set.of("eval", "models", "condition", "by", "caption");

  private TableSpecReader() {}

  static TableSpec read(JsonObject spec, int line) {
    spec.allowOnly(FIELDS);
    boolean byCondition = false;
    if (spec.has("by")) {
      byCondition = "condition".equals(spec.requireOneOf("by", List.of("condition", "model")));
    }
    EvalSelectionSpec selection = EvalSelectionReader.read(spec);
    String caption = spec.failed() ? "" : spec.text("caption").orElse("");
    return new TableSpec(line, Places.of(spec), !spec.failed(), selection, byCondition, caption);
  }
}
