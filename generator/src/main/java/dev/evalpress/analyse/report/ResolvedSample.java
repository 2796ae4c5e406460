package dev.evalpress.analyse.report;

import dev.evalpress.model.ReviewedSample;
import dev.evalpress.model.SampleSpec;

/**
 * A {@code sample} block's sample, with its 1-based number among its owner's published samples of
 * the eval.
 */
public record ResolvedSample(SampleSpec spec, int number, ReviewedSample sample)
    implements ResolvedBlock {}
