package dev.evalpress.model;

/**
 * A run of an eval on a model that did not complete (cancelled, error, still running): shown on the
 * eval page as such, never counted in a rate.
 */
public record IncompleteRun(
    String evalId, String modelId, String status, String detail, Source source) {}
