package dev.evalpress.analyse;

import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.ModelVersion;
import java.util.List;
import java.util.Optional;

/**
 * One eval on a model version side by side with its predecessor: the pooled row, then each
 * condition. Condition verdicts are Holm-corrected over the conditions measured on both versions.
 * {@code policy} holds the tracked-eval findings for this version, if the eval is tracked. When the
 * two versions were measured on different conditions, the pooled comparison pools only the {@code
 * pooledOverShared} conditions both have (0 when the sets are the same). {@code baseline} is the
 * version compared with: the nearest version up the predecessor chain that was measured on this
 * eval, which is the predecessor unless that was not measured.
 */
public record EvalComparison(
    EvalDefinition eval,
    Optional<ModelVersion> baseline,
    ConditionComparison pooled,
    List<ConditionComparison> conditions,
    List<PolicyFinding> findings,
    int pooledOverShared) {

  public EvalComparison {
    conditions = List.copyOf(conditions);
    findings = List.copyOf(findings);
  }

  /** How many condition comparisons the Holm correction covered. */
  public int conditionComparisons() {
    return (int) conditions.stream().filter(c -> c.comparison().isPresent()).count();
  }

  public Optional<Comparison> pooledComparison() {
    return pooled.comparison();
  }
}
