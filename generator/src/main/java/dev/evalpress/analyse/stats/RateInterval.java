package dev.evalpress.analyse.stats;

import java.util.Objects;

/** The confidence interval of a rate k/n by the chosen {@link RateIntervalMethod}. */
public final class RateInterval {

  private RateInterval() {}

  /**
   * The interval of {@code k} of {@code n} at confidence {@code level} in (0, 1) by {@code method}.
   */
  public static Interval of(RateIntervalMethod method, long k, long n, double level) {
    return switch (Objects.requireNonNull(method, "method")) {
      case WILSON -> WilsonInterval.of(k, n, level);
      case CLOPPER_PEARSON -> ClopperPearsonInterval.of(k, n, level);
    };
  }
}
