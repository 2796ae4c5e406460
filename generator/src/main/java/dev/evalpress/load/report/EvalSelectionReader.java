package dev.evalpress.load.report;

import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Condition;
import dev.evalpress.model.EvalSelectionSpec;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code eval}, {@code models} and {@code condition} fields that charts and tables share.
 */
final class EvalSelectionReader {

  private EvalSelectionReader() {}

  static EvalSelectionSpec read(JsonObject spec) {
    String eval = spec.requireText("eval");
    if (eval == null) {
      // nothing else of the selection was ever read without its eval
      return new EvalSelectionSpec(null, Optional.empty(), Condition.NONE);
    }
    Condition condition =
        spec.object("condition").map(c -> Condition.of(c.stringMap())).orElse(Condition.NONE);
    Optional<List<String>> models =
        spec.has("models") ? Optional.of(spec.strings("models")) : Optional.empty();
    return new EvalSelectionSpec(eval, models, condition);
  }
}
