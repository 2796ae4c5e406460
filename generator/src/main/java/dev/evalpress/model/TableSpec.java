package dev.evalpress.model;

/**
 * A {@code table} block: the eval selection, one row per model or ({@code byCondition}) per model ×
 * condition.
 */
public record TableSpec(
    int line,
    FieldPlaces places,
    boolean wellFormed,
    EvalSelectionSpec selection,
    boolean byCondition,
    String caption)
    implements DirectiveSpec {}
