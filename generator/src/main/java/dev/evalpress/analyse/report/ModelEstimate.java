package dev.evalpress.analyse.report;

import dev.evalpress.analyse.Estimate;
import dev.evalpress.model.ModelVersion;

/** One model version's estimate under a selection's condition. */
public record ModelEstimate(ModelVersion model, Estimate estimate) {}
