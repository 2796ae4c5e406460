package dev.evalpress.analyse;

/**
 * The change of an estimate from a previous model version to a later one: {@code after − before}, in the
 * metric's units (a fraction for rates, shown as percentage points). Significance tests come with verdicts.
 */
public record Change(Estimate before, Estimate after) {

  public double difference() {
    return after.value() - before.value();
  }
}
