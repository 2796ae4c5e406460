package dev.evalpress.render.page;

import dev.evalpress.model.Condition;
import dev.evalpress.model.Direction;

/** Words pages use for model values. */
public final class Labels {

  private Labels() {}

  public static String direction(Direction d) {
    return d == Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better";
  }

  public static String condition(Condition c) {
    return c.isEmpty() ? "all (pooled)" : c.label();
  }
}
