package dev.evalpress.analyse.stats;

import java.util.Locale;
import java.util.Optional;

/** The confidence-interval methods offered for a rate k/n; see {@link RateInterval}. */
public enum RateIntervalMethod {
  /** The Wilson score interval, {@link WilsonInterval}. */
  WILSON("wilson"),
  /** The exact Clopper–Pearson interval, {@link ClopperPearsonInterval}. */
  CLOPPER_PEARSON("clopper-pearson");

  private final String label;

  RateIntervalMethod(String label) {
    this.label = label;
  }

  /** The name as written in settings: {@code "wilson"}, {@code "clopper-pearson"}. */
  public String label() {
    return label;
  }

  /** The method whose {@link #label()} is {@code label}, ignoring case and surrounding blanks. */
  public static Optional<RateIntervalMethod> parse(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String wanted = label.strip().toLowerCase(Locale.ROOT);
    for (RateIntervalMethod m : values()) {
      if (m.label.equals(wanted)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
