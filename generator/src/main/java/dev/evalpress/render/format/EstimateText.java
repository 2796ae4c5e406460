package dev.evalpress.render.format;

import dev.evalpress.analyse.Change;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.stats.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats estimates the same way everywhere: rates as percentages with one decimal where needed
 * ({@code 96%}, {@code 87.5%}), intervals with one decimal ({@code 90.2–98.4%}), scores with three
 * decimals. Independent of the JVM's locale, so builds are reproducible.
 */
public final class EstimateText {

  private static final String MINUS = "\u2212";
  private static final String DASH = "\u2013";

  private EstimateText() {}

  /** The point value: {@code 96%} for a rate, {@code 0.312} for a score. */
  public static String value(Estimate e) {
    return e.isRate() ? percent(e.value()) : number(e.value());
  }

  /** The interval alone: {@code 90.2–98.4%}, or empty when there is none. */
  public static String interval(Estimate e) {
    if (e.interval().isEmpty()) {
      return "";
    }
    Interval i = e.interval().get();
    return e.isRate()
        ? fixed(i.lower() * 100, 1) + DASH + fixed(i.upper() * 100, 1) + "%"
        : number(i.lower()) + " to " + number(i.upper());
  }

  /** Value, interval and sample size: {@code 96% (95% CI 90.2–98.4%, n = 100)}. */
  public static String full(Estimate e) {
    if (e.interval().isEmpty()) {
      return value(e);
    }
    return value(e) + " (95% CI " + interval(e) + ", n = " + e.n().getAsLong() + ")";
  }

  /** The sample size, or empty. */
  public static String n(Estimate e) {
    return e.n().isPresent() ? Long.toString(e.n().getAsLong()) : "";
  }

  /** The count of positive outcomes, or empty for scores. */
  public static String k(Estimate e) {
    return e.k().isPresent() ? Long.toString(e.k().getAsLong()) : "";
  }

  /** The change in percentage points for rates ({@code −12.0 pts}), or in units for scores. */
  public static String change(Change c) {
    double d = c.difference();
    if (c.after().isRate()) {
      return signed(fixed(Math.abs(d) * 100, 1), d) + " pts";
    }
    return signed(number(Math.abs(d)), d);
  }

  static String percent(double fraction) {
    BigDecimal pct = BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return (pct.scale() <= 0 ? pct.setScale(0, RoundingMode.UNNECESSARY) : pct).toPlainString() + "%";
  }

  static String number(double value) {
    return negative(value) + fixed(Math.abs(value), 3);
  }

  static String fixed(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static String signed(String magnitude, double d) {
    if (Double.parseDouble(magnitude) == 0) {
      return "\u00b1" + magnitude;
    }
    return (d < 0 ? MINUS : "+") + magnitude;
  }

  private static String negative(double value) {
    return value < 0 && Double.parseDouble(fixed(Math.abs(value), 3)) != 0 ? MINUS : "";
  }
}
