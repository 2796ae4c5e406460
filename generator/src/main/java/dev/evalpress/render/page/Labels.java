package dev.evalpress.render.page;

import dev.evalpress.model.Condition;
import dev.evalpress.model.Direction;

/** Words pages use for model values. */
public final class Labels {

  private Labels() {}

  public static String direction(Direction d) {
    return d == Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better";
  }

  /**
   * The name of the site's rate interval: {@code Wilson score} or {@code Clopper–Pearson exact}.
   */
  public static String intervalMethod(dev.evalpress.model.StatisticsSettings s) {
    return s.interval().equals("wilson") ? "Wilson score" : "Clopper–Pearson exact";
  }

  /** The significance level as written: {@code 0.05}. */
  public static String alpha(dev.evalpress.model.StatisticsSettings s) {
    return java.math.BigDecimal.valueOf(s.alpha()).stripTrailingZeros().toPlainString();
  }

  public static String condition(Condition c) {
    return c.isEmpty() ? "all (pooled)" : c.label();
  }
}
