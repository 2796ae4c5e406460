package dev.evalpress.analyse.stats;

/** The normal (Wald) interval mean ± z·stderr, for scores reported with a standard error. */
public final class NormalInterval {

  private NormalInterval() {}

  public static Interval of95(double mean, double stderr) {
    double half = WilsonInterval.Z_95 * stderr;
    return new Interval(mean - half, mean + half, 0.95);
  }
}
