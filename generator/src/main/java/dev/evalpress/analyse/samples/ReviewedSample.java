package dev.evalpress.analyse.samples;

import dev.evalpress.analyse.degeneration.DegenerationReport;
import dev.evalpress.model.Sample;

/** A sample with what the degeneration detector found in its output. */
public record ReviewedSample(Sample sample, DegenerationReport degeneration) {}
