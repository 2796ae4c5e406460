package dev.evalpress.model;

/**
 * A fenced directive block of a report, read from its YAML. What it names in the results (evals,
 * models, runs, samples) is not checked yet: analyse does that. {@code line} is the file line of
 * the opening fence, by which render finds the block again; {@code wellFormed} is false when load
 * reported a problem in its fields.
 */
public sealed interface DirectiveSpec permits ChartSpec, TableSpec, SampleSpec {

  int line();

  FieldPlaces places();

  boolean wellFormed();
}
