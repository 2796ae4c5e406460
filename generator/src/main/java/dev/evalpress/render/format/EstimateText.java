package dev.evalpress.render.format;

import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.Verdict;
import dev.evalpress.analyse.stats.Interval;
import dev.evalpress.analyse.stats.PgrEstimate;
import dev.evalpress.analyse.stats.RateRatio;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats estimates and comparisons the same way everywhere: rates as percentages with one decimal
 * where needed ({@code 96%}, {@code 87.5%}), intervals with one decimal ({@code 90.2–98.4%}),
 * scores with three decimals (an interval clipped to a score's bounds says so), changes in
 * percentage points. Independent of the JVM's locale, so builds are reproducible.
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
        ? points(i.lower() * 100) + DASH + points(i.upper() * 100) + "%"
        : number(i.lower()) + " to " + number(i.upper()) + clipped(e);
  }

  /**
   * {@code ", clipped to [0, 1]"} when the interval was clipped to the score's bounds, else empty.
   */
  private static String clipped(Estimate e) {
    return e.clippedTo()
        .map(b -> ", clipped to [" + plain(b.lower()) + ", " + plain(b.upper()) + "]")
        .orElse("");
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Value, interval and sample size: {@code 96% (95% CI 90.2–98.4%, n = 100)}. */
  public static String full(Estimate e) {
    if (e.interval().isEmpty()) {
      return value(e);
    }
    return value(e)
        + " ("
        + level(e.interval().get())
        + " CI "
        + interval(e)
        + ", n = "
        + count(e.n().getAsLong())
        + ")";
  }

  /** The sample size, or empty. */
  public static String n(Estimate e) {
    return e.n().isPresent() ? count(e.n().getAsLong()) : "";
  }

  /** The count of positive outcomes, or empty for scores. */
  public static String k(Estimate e) {
    return e.k().isPresent() ? count(e.k().getAsLong()) : "";
  }

  /**
   * A count or step with thousands separators, whatever the JVM's locale: {@code 1,000}, as chart
   * axes write them, so a number reads the same in a table, a sentence and a figure.
   */
  public static String count(long value) {
    // what String.format(Locale.ROOT, "%,d", value) writes, without parsing a format per call:
    // tables of 100,000 versions call this for every k and n
    String digits = Long.toString(value);
    int start = value < 0 ? 1 : 0;
    int length = digits.length() - start;
    if (length <= 3) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + length / 3);
    out.append(digits, 0, start);
    int first = length % 3 == 0 ? 3 : length % 3;
    out.append(digits, start, start + first);
    for (int i = start + first; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  /** The change in percentage points for rates ({@code −12.0 pts}), or in units for scores. */
  public static String change(Comparison c) {
    double d = c.difference();
    if (c.after().isRate()) {
      return signed(points(Math.abs(d) * 100), d) + " pts";
    }
    return signed(number(Math.abs(d)), d);
  }

  /** The interval of the change: {@code −98.4 to −89.1}. */
  public static String changeInterval(Comparison c) {
    Interval i = c.differenceInterval();
    return c.after().isRate()
        ? signedPoints(i.lower() * 100) + " to " + signedPoints(i.upper() * 100)
        : signedPlain(i.lower(), 3) + " to " + signedPlain(i.upper(), 3);
  }

  /** The verdict with its test: {@code improved, Fisher p < 0.001}. */
  public static String verdict(Comparison c) {
    return c.verdict().label() + ", " + test(c);
  }

  /**
   * The test and its p-value without the verdict: {@code Fisher p < 0.001}, or {@code Fisher
   * Holm-adjusted p = 0.012 over 3 comparisons}.
   */
  public static String test(Comparison c) {
    String test =
        switch (c.test().name()) {
          case dev.evalpress.analyse.SignificanceTest.FISHER -> "Fisher";
          case dev.evalpress.analyse.SignificanceTest.TWO_PROPORTION -> "two-proportion z-test";
          default -> "z-test";
        };
    String p =
        c.test().comparisons() > 1
            ? "Holm-adjusted "
                + p(c.test().adjustedP())
                + " over "
                + c.test().comparisons()
                + " comparisons"
            : p(c.test().p());
    return test + " " + p;
  }

  /** {@code 96% → 0% (−96.0 pts, 95% CI −98.4 to −89.1; improved, Fisher p < 0.001)}. */
  public static String delta(Comparison c) {
    return value(c.before())
        + " \u2192 "
        + value(c.after())
        + " ("
        + change(c)
        + ", "
        + level(c.differenceInterval())
        + " CI "
        + changeInterval(c)
        + "; "
        + verdict(c)
        + ")";
  }

  /**
   * {@code 96% → 30% (3.2× lower, 95% CI 2.3–4.4×; improved, Fisher p < 0.001)}, or empty without a
   * ratio.
   */
  public static String ratio(Comparison c) {
    if (c.ratio().isEmpty()) {
      return "";
    }
    RateRatio r = c.ratio().get();
    String text;
    if (r.ratio() < 1) {
      text =
          times(1 / r.ratio())
              + "\u00d7 lower, "
              + level(r.interval())
              + " CI "
              + times(1 / r.interval().upper())
              + DASH
              + times(1 / r.interval().lower())
              + "\u00d7";
    } else {
      text =
          times(r.ratio())
              + "\u00d7 "
              + (r.ratio() == 1 ? "as high" : "higher")
              + ", "
              + level(r.interval())
              + " CI "
              + times(r.interval().lower())
              + DASH
              + times(r.interval().upper())
              + "\u00d7";
    }
    return value(c.before())
        + " \u2192 "
        + value(c.after())
        + " ("
        + text
        + "; "
        + verdict(c)
        + ")";
  }

  /** {@code PGR 0.62 (95% bootstrap CI 0.48 to 0.75; weak 20%, weak-to-strong 52%, strong 72%)}. */
  public static String pgr(PgrEstimate pgr, Estimate weak, Estimate weakToStrong, Estimate strong) {
    return "PGR "
        + signedPlain(pgr.pgr(), 2)
        + " ("
        + level(pgr.interval())
        + " bootstrap CI "
        + signedPlain(pgr.interval().lower(), 2)
        + " to "
        + signedPlain(pgr.interval().upper(), 2)
        + "; weak "
        + value(weak)
        + ", weak-to-strong "
        + value(weakToStrong)
        + ", strong "
        + value(strong)
        + ")";
  }

  /**
   * A p-value: {@code p < 0.001}, or three significant digits ({@code p = 0.0496}), so a value just
   * below alpha never reads as alpha itself.
   */
  public static String p(double p) {
    return p < 0.001 ? "p < 0.001" : "p = " + significant(p, 3);
  }

  /** The confidence level: {@code 95%}. */
  public static String level(Interval i) {
    return BigDecimal.valueOf(i.level() * 100).stripTrailingZeros().toPlainString() + "%";
  }

  /** The verdict's CSS-friendly name: {@code improved}, {@code regressed}, {@code no-change}. */
  public static String verdictClass(Verdict v) {
    return v == Verdict.NO_DETECTABLE_CHANGE ? "no-change" : v.label();
  }

  static String percent(double fraction) {
    double pct = fraction * 100;
    if (pct != 0 && Math.abs(pct) < 0.1) {
      return significant(pct, 2) + "%";
    }
    BigDecimal rounded =
        BigDecimal.valueOf(pct).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return (rounded.scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded)
            .toPlainString()
        + "%";
  }

  /**
   * Percentage points with one decimal, or two significant digits below 0.1 so they never read as
   * 0.
   */
  static String points(double pct) {
    return pct != 0 && Math.abs(pct) < 0.1 ? significant(pct, 2) : fixed(pct, 1);
  }

  private static String signedPoints(double pct) {
    String magnitude = points(Math.abs(pct));
    return (pct < 0 && Double.parseDouble(magnitude) != 0 ? MINUS : "") + magnitude;
  }

  static String significant(double value, int digits) {
    return new BigDecimal(value)
        .round(new java.math.MathContext(digits, RoundingMode.HALF_UP))
        .stripTrailingZeros()
        .toPlainString();
  }

  static String number(double value) {
    return negative(value) + fixed(Math.abs(value), 3);
  }

  static String fixed(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static String times(double x) {
    if (Double.isInfinite(x)) {
      return "\u221e";
    }
    return x >= 10 ? fixed(x, 0) : fixed(x, 1);
  }

  private static String signedPlain(double value, int decimals) {
    if (Double.isInfinite(value)) {
      return value < 0 ? MINUS + "\u221e" : "\u221e";
    }
    String magnitude = fixed(Math.abs(value), decimals);
    return (value < 0 && Double.parseDouble(magnitude) != 0 ? MINUS : "") + magnitude;
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
