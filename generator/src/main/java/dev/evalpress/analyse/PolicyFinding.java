package dev.evalpress.analyse;

import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.ModelVersion;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A tracked eval's policy broken by a model version: its threshold crossed ({@code threshold}
 * present), or a regression that is not allowed ({@code comparison} present) from {@code baseline},
 * the nearest version up the predecessor chain that was measured on the eval.
 */
public record PolicyFinding(
    Kind kind,
    EvalDefinition eval,
    ModelVersion model,
    Estimate value,
    OptionalDouble threshold,
    Optional<ModelVersion> predecessor,
    Optional<ModelVersion> baseline,
    Optional<Comparison> comparison) {

  /** What was broken. */
  public enum Kind {
    BREACH("threshold breached"),
    REGRESSION("regression");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
