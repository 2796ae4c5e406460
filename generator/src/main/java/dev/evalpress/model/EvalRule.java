package dev.evalpress.model;

import java.util.Optional;

/**
 * Settings for the evals whose id matches a glob ({@code evals:} in {@code evalpress.yaml}): what
 * they measure and which way is better, where the input does not say or says it wrongly (imported
 * evals default to capability, and a metric's direction may have been assumed), and how reruns are
 * treated. The first rule that matches an eval and sets a field decides that field.
 */
public record EvalRule(
    Glob eval,
    Optional<Category> category,
    Optional<Direction> direction,
    Optional<RerunPolicy> reruns) {}
