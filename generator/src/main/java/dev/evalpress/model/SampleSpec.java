package dev.evalpress.model;

/**
 * A {@code sample} block: the published sample {@code id} of {@code eval} by {@code owner}, a path
 * part such as {@code models/m-1} or {@code runs/r-1}. Fields are null when missing; analyse
 * resolves only well-formed blocks.
 */
public record SampleSpec(
    int line,
    FieldPlaces places,
    boolean wellFormed,
    String eval,
    String owner,
    String id,
    String caption)
    implements DirectiveSpec {}
