package dev.evalpress.analyse;

import dev.evalpress.analyse.stats.Interval;
import dev.evalpress.analyse.stats.RateRatio;
import java.util.Optional;

/**
 * A later version compared with an earlier one on one metric: the difference {@code after − before}
 * with its interval (Newcombe hybrid score for rates, normal for scores), the ratio of rates with
 * its log interval when defined, the significance test, and the verdict.
 */
public record Comparison(
    Estimate before,
    Estimate after,
    Interval differenceInterval,
    Optional<RateRatio> ratio,
    SignificanceTest test,
    Verdict verdict) {

  public double difference() {
    return after.value() - before.value();
  }
}
