package dev.evalpress.render.page;

import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.Estimate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The numbers behind a row's cells, for the {@code data-sort} attributes the table script sorts by:
 * the text ({@code 96%}, {@code −12.0 pts}, {@code 90.2–98.4%}) does not sort as numbers. An
 * interval sorts by its lower bound. Each is empty when the cell is (the script puts such rows
 * last). Numbers are written to 7 significant digits, locale-free, as JavaScript's {@code
 * parseFloat} reads them: finer than any shown value, so rows sort as their text reads, while a
 * model page with hundreds of evals stays small.
 */
public record SortKeys(
    String value, String lower, String k, String n, String change, String changeLower) {

  public static final SortKeys NONE = new SortKeys("", "", "", "", "", "");

  /** Keys for an estimate's cells. */
  public static SortKeys of(Optional<Estimate> estimate) {
    return estimate.map(SortKeys::of).orElse(NONE);
  }

  public static SortKeys of(Estimate e) {
    return new SortKeys(
        number(e.value()),
        e.interval().map(i -> number(i.lower())).orElse(""),
        e.k().isPresent() ? Long.toString(e.k().getAsLong()) : "",
        e.n().isPresent() ? Long.toString(e.n().getAsLong()) : "",
        "",
        "");
  }

  /**
   * Keys for a comparison's cells: its difference and the lower bound of the difference's interval.
   */
  public static SortKeys ofChange(Optional<Comparison> comparison) {
    return comparison
        .map(
            c ->
                new SortKeys(
                    "", "", "", "", number(c.difference()), number(c.differenceInterval().lower())))
        .orElse(NONE);
  }

  /**
   * {@code 0.3350000} as {@code 0.335}; never an exponent, so the attribute reads as the number it
   * is.
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    return new BigDecimal(value).round(new MathContext(7)).stripTrailingZeros().toPlainString();
  }
}
