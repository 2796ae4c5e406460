package dev.evalpress.analyse;

import dev.evalpress.model.Condition;
import java.util.Optional;

/**
 * One condition of an eval, measured on a model and (where measured) on its predecessor, with the
 * comparison when both were measured. The pooled row uses {@link Condition#NONE} as its condition.
 */
public record ConditionComparison(
    Condition condition,
    Optional<Estimate> current,
    Optional<Estimate> predecessor,
    Optional<Comparison> comparison) {}
