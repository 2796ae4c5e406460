package dev.evalpress.render.chart;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

/**
 * Builds value axes with a fixed, rounded range and a fixed tick unit (about five intervals), so
 * the result depends only on the data. Formats numbers with {@link Locale#ROOT} only.
 */
final class ValueAxes {

  private static final double[] PROPORTION_BOUNDS = {
    0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8
  };

  /** Room above the highest value (or interval end), as a fraction of it. */
  private static final double HEADROOM = 1.05;

  private static final double[] UNIT_STEPS = {1, 2, 2.5, 5};
  private static final int MAX_INTERVALS = 6;

  private ValueAxes() {}

  /**
   * A value axis covering [min, max] of the data (intervals included).
   *
   * @param min smallest value or lower end, or NaN when there is no data
   * @param max largest value or upper end, or NaN when there is no data
   * @param anchorZero whether the axis must include zero (bars, proportions)
   */
  static NumberAxis create(
      String label, ValueScale scale, double min, double max, boolean anchorZero) {
    return create(label, scale, min, max, anchorZero, MAX_INTERVALS);
  }

  /** {@link #create(String, ValueScale, double, double, boolean)} with at most this many ticks. */
  static NumberAxis create(
      String label,
      ValueScale scale,
      double min,
      double max,
      boolean anchorZero,
      int maxIntervals) {
    boolean noData = Double.isNaN(min) || Double.isNaN(max);
    double lo;
    double hi;
    double unit;
    if (scale == ValueScale.PROPORTION && (noData || (min >= 0 && max <= 1))) {
      lo = 0;
      hi = noData ? 1 : proportionBound(max);
      unit = hi == 1 ? 0.25 : proportionUnit(hi);
    } else {
      lo = noData ? 0 : min;
      hi = noData ? 1 : max;
      if (anchorZero || scale == ValueScale.PROPORTION) {
        lo = Math.min(lo, 0);
        hi = Math.max(hi, 0);
      }
      if (hi - lo < 1e-12) {
        double pad = Math.abs(hi) > 1e-12 ? Math.abs(hi) * 0.1 : 1;
        lo -= pad;
        hi += pad;
      }
      unit = niceUnit(hi - lo, maxIntervals);
      lo = Math.floor(lo / unit + 1e-9) * unit;
      hi = Math.ceil(hi / unit - 1e-9) * unit;
    }
    NumberAxis axis = new EndTickAxis();
    ChartStyle.axis(axis, label);
    axis.setAutoRange(false);
    axis.setRange(lo, hi);
    axis.setTickUnit(new NumberTickUnit(unit, format(unit, scale)));
    axis.setMinorTickCount(0);
    return axis;
  }

  /**
   * An axis for log10(step), steps in [min, max] (both positive): whole decades around the data,
   * one tick per decade labelled with the step itself, grouped by commas ("1,000").
   */
  static NumberAxis logSteps(String label, double min, double max) {
    return logSteps(label, min, max, Integer.MAX_VALUE);
  }

  /** {@link #logSteps(String, double, double)}, a tick every second decade past this many. */
  static NumberAxis logSteps(String label, double min, double max, int maxIntervals) {
    NumberAxis axis = new NumberAxis();
    ChartStyle.axis(axis, label);
    axis.setAutoRange(false);
    double lo = Math.floor(Math.log10(min) + 1e-9);
    double hi = Math.ceil(Math.log10(max) - 1e-9);
    axis.setRange(lo, hi);
    axis.setTickUnit(new NumberTickUnit(hi - lo > maxIntervals ? 2 : 1, new PowerOfTenFormat()));
    axis.setMinorTickCount(0);
    return axis;
  }

  /**
   * The axis top for proportions: the smallest rounded bound that leaves 5% headroom above the
   * data, up to 100%, so a curve that peaks at 11% is not squeezed into the bottom half of the
   * plot.
   */
  static double proportionBound(double max) {
    for (double bound : PROPORTION_BOUNDS) {
      if (max * HEADROOM <= bound + 1e-12) {
        return bound;
      }
    }
    return 1;
  }

  /** Ticks for a proportion axis up to {@code hi}: at most six intervals, ending on {@code hi}. */
  static double proportionUnit(double hi) {
    double unit = niceUnit(hi);
    // 0.15 in steps of 0.025 ends on a tick; 0.3 in 0.05; 0.4, 0.6, 0.8 in 0.1 or 0.2
    return Math.abs(hi / unit - Math.rint(hi / unit)) < 1e-9 ? unit : hi / 5;
  }

  /** A tick unit of 1, 2, 2.5 or 5 times a power of ten giving at most six intervals. */
  static double niceUnit(double range) {
    return niceUnit(range, MAX_INTERVALS);
  }

  /** A tick unit of 1, 2, 2.5 or 5 times a power of ten giving at most {@code maxIntervals}. */
  static double niceUnit(double range, int maxIntervals) {
    int exp = (int) Math.floor(Math.log10(range / maxIntervals));
    for (int e = exp; ; e++) {
      for (double step : UNIT_STEPS) {
        double unit = BigDecimal.valueOf(step).scaleByPowerOfTen(e).doubleValue();
        if (range / unit <= maxIntervals + 1e-9) {
          return unit;
        }
      }
    }
  }

  /**
   * Tick label format: percent for proportions, plain numbers otherwise, with just enough decimals.
   */
  static NumberFormat format(double unit, ValueScale scale) {
    boolean percent = scale == ValueScale.PROPORTION;
    BigDecimal shown = BigDecimal.valueOf(unit).movePointRight(percent ? 2 : 0);
    int decimals = Math.max(0, shown.stripTrailingZeros().scale());
    NumberFormat f =
        percent
            ? NumberFormat.getPercentInstance(Locale.ROOT)
            : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f;
  }

  /** Format for a single value label (e.g. above a bar): "96%", "0.4%", "12.5". */
  static NumberFormat valueFormat(ValueScale scale, double value) {
    boolean percent = scale == ValueScale.PROPORTION;
    double shown = Math.abs(percent ? value * 100 : value);
    int decimals = percent ? (shown < 10 ? 1 : 0) : (shown < 100 ? 2 : 0);
    NumberFormat f =
        percent
            ? NumberFormat.getPercentInstance(Locale.ROOT)
            : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(0);
    f.setMaximumFractionDigits(decimals);
    return f;
  }
}
