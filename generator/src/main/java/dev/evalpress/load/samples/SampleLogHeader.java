package dev.evalpress.load.samples;

import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.Source;

/** The first line of a sample log: the eval its samples belong to. */
public record SampleLogHeader(EvalDefinition eval, Source source) {}
