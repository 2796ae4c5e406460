package dev.evalpress.load.samples;

import dev.evalpress.model.Condition;

/**
 * Where a sample's counts go: its eval, its owner (a model version, or a training run at a step)
 * and its condition. {@code step} is -1 for model versions.
 */
public record SampleCell(String evalId, String owner, boolean run, long step, Condition condition)
    implements Comparable<SampleCell> {

  @Override
  public int compareTo(SampleCell o) {
    int c = evalId.compareTo(o.evalId);
    if (c == 0) {
      c = Boolean.compare(run, o.run);
    }
    if (c == 0) {
      c = owner.compareTo(o.owner);
    }
    if (c == 0) {
      c = Long.compare(step, o.step);
    }
    return c != 0 ? c : condition.compareTo(o.condition);
  }
}
