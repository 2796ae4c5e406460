package dev.evalpress.render.page;

/** One row of a rate table: the model (linked), the condition, and the estimate. */
public record RateRowView(Link model, String condition, EstimateView estimate) {}
