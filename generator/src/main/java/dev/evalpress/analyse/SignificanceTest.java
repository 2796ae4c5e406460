package dev.evalpress.analyse;

/**
 * The test behind a verdict: its name, the raw two-sided p-value, the p-value after Holm's
 * correction, and how many comparisons the correction covered (1 when none was needed).
 */
public record SignificanceTest(String name, double p, double adjustedP, int comparisons) {

  public static final String FISHER = "Fisher's exact test";
  public static final String Z_TEST = "two-sided z-test";
  public static final String TWO_PROPORTION = "two-proportion z-test";
}
