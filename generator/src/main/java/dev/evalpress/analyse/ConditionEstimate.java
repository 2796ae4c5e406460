package dev.evalpress.analyse;

import dev.evalpress.model.Condition;
import dev.evalpress.model.Source;

/** The estimate of one eval on one model under one condition, with the row it came from. */
public record ConditionEstimate(Condition condition, Estimate estimate, Source source) {}
