package dev.evalpress.render.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Labels a log10 axis with the values themselves: 3 → "1,000". Locale-independent. */
final class PowerOfTenFormat extends NumberFormat {

  private static final long serialVersionUID = 1L;

  @Override
  public StringBuffer format(double exponent, StringBuffer out, FieldPosition pos) {
    DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return out.append(f.format(Math.pow(10, Math.rint(exponent * 1e6) / 1e6)));
  }

  @Override
  public StringBuffer format(long exponent, StringBuffer out, FieldPosition pos) {
    return format((double) exponent, out, pos);
  }

  @Override
  public Number parse(String source, ParsePosition pos) {
    throw new UnsupportedOperationException("labels only");
  }
}
