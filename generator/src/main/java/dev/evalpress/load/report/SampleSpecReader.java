package dev.evalpress.load.report;

import dev.evalpress.located.JsonObject;
import dev.evalpress.model.SampleSpec;
import java.util.Set;

/**
 * Reads a {@code sample} block: {@code eval}, {@code model} or {@code run}, {@code id} and a
 * caption.
 */
final class SampleSpecReader {

  static final Set<String> FIELDS = Set.of("eval", "model", "run", "id", "caption");

  private SampleSpecReader() {}

  static SampleSpec read(JsonObject spec, int line) {
    spec.allowOnly(FIELDS);
    String eval = spec.requireText("eval");
    String id = spec.requireText("id");
    String owner = null;
    if (spec.has("model") == spec.has("run")) {
      spec.fail(
          null, "a sample block names a \"model\" or a training \"run\", and the sample's \"id\"");
    } else {
      owner =
          spec.has("model")
              ? "models/" + spec.text("model").orElse("")
              : "runs/" + spec.text("run").orElse("");
    }
    String caption = spec.failed() ? "" : spec.text("caption").orElse("");
    return new SampleSpec(line, Places.of(spec), !spec.failed(), eval, owner, id, caption);
  }
}
