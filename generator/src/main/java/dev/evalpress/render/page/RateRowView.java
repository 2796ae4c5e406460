package dev.evalpress.render.page;

/**
 * One row of a rate table: the model (linked), the condition, the estimate, and its comparison with
 * the model's predecessor under the same condition (empty when the predecessor was not measured).
 */
public record RateRowView(
    Link model, String condition, EstimateView estimate, ComparisonView comparison) {}
