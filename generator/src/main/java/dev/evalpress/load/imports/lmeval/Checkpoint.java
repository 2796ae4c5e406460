package dev.evalpress.load.imports.lmeval;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.load.imports.CheckpointOf;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.load.internal.Ids;
import dev.evalpress.located.JsonObject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model evaluated at a training step: the version {@code NAME@step<N>} of the model NAME, and
 * step N of a training run named after NAME.
 *
 * @param of the model's name without the step
 * @param step the training step
 */
record Checkpoint(String of, long step) {

  /**
   * A revision naming a training step: {@code step1000}, {@code step-1000}, {@code
   * global_step1000}.
   */
  private static final Pattern REVISION = Pattern.compile("step[-_]?(\\d+)");

  /** The checkpoint a {@code revision=} names, if it names a step. */
  static Optional<Checkpoint> ofRevision(String name, String revision) {
    Matcher step = REVISION.matcher(revision);
    return step.find() && step.group(1).length() < 18
        ? Optional.of(new Checkpoint(name, Long.parseLong(step.group(1))))
        : Optional.empty();
  }

  /** The step a settings' {@code stepPointer} points at, or why it gives none. */
  record StepAt(Optional<Long> step, String problem) {}

  /**
   * The training step at {@code pointer} in the file: an integer >= 0, or a string of digits. When
   * the pointer points at nothing and all but its last token point at a string, that string is read
   * as {@code model_args} ({@code "k=v,k=v"}) and the last token names a key of it: {@code
   * /config/model_args/iteration} finds {@code iteration=2000} in {@code "model_args":
   * "pretrained=x,iteration=2000"}.
   */
  static StepAt stepAt(JsonNode root, String pointer) {
    JsonNode found = at(root, pointer);
    if (found.isMissingNode()) {
      int slash = pointer.lastIndexOf('/');
      JsonNode parent = slash < 0 ? found : at(root, pointer.substring(0, slash));
      if (parent.isTextual()) {
        String key = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        Optional<String> v = ModelArgs.parse(parent.textValue()).get(key);
        if (v.isEmpty()) {
          return new StepAt(
              Optional.empty(),
              "points at nothing (the model_args string there has no \"" + key + "=\")");
        }
        return v.get().matches("\\d{1,17}")
            ? new StepAt(Optional.of(Long.parseLong(v.get())), "")
            : new StepAt(Optional.empty(), "got \"" + v.get() + "\"");
      }
      return new StepAt(Optional.empty(), "points at nothing");
    }
    if (found.isIntegralNumber() && found.canConvertToLong() && found.longValue() >= 0) {
      return new StepAt(Optional.of(found.longValue()), "");
    }
    if (found.isTextual() && found.textValue().strip().matches("\\d{1,17}")) {
      return new StepAt(Optional.of(Long.parseLong(found.textValue().strip())), "");
    }
    return new StepAt(Optional.empty(), "got " + JsonObject.describe(found));
  }

  private static JsonNode at(JsonNode root, String pointer) {
    try {
      return root.at(JsonPointer.compile(pointer));
    } catch (IllegalArgumentException notAPointer) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
  }

  /** The model's name for this checkpoint: {@code NAME@step<N>}. */
  String modelName() {
    return of + "@step" + step;
  }

  /**
   * Step N of the training run named after the model, whose points the loader makes from the
   * version's results (each {@code lm-eval/TASK/METRIC} as the metric {@code TASK/METRIC}). None
   * when the name makes no id.
   */
  Optional<CheckpointOf> trainingRun() {
    String id = ModelIds.normalize(of);
    return Ids.isSimple(id)
        ? Optional.of(new CheckpointOf(id, of, step, "lm-eval/"))
        : Optional.empty();
  }
}
