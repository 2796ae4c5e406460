package dev.evalpress.render.figure;

import dev.evalpress.analyse.Estimate;
import dev.evalpress.model.ModelVersion;

/** One model version's estimate, as a bar or a point of a chart. */
public record LabelledEstimate(ModelVersion model, Estimate estimate) {}
