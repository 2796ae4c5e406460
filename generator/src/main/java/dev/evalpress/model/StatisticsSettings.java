package dev.evalpress.model;

/**
 * How rates are estimated and compared: the interval method for rates ({@code wilson} or {@code
 * clopper-pearson}), the confidence level of every interval, and the significance level alpha of
 * every verdict.
 */
public record StatisticsSettings(String interval, double level, double alpha) {

  public static final StatisticsSettings DEFAULT = new StatisticsSettings("wilson", 0.95, 0.05);

  /** The level as a percentage label, such as {@code 95%}. */
  public String levelLabel() {
    return java.math.BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString() + "%";
  }
}
