package dev.evalpress.model;

import java.util.OptionalDouble;

/**
 * The policy for one tracked eval: an optional threshold the pooled value must not cross (below it
 * for lower-is-better metrics, above it for higher-is-better ones) and whether a regression from
 * the predecessor is allowed.
 */
public record TrackedEval(
    String evalId,
    OptionalDouble threshold,
    boolean allowRegression,
    dev.evalpress.model.Source source) {}
