package dev.evalpress.render.page;

import dev.evalpress.analyse.Estimate;
import dev.evalpress.render.format.EstimateText;

/**
 * An estimate as text cells: value, interval, k, n, and the full sentence form. Empty when absent.
 */
public record EstimateView(String value, String interval, String k, String n, String full) {

  public static final EstimateView NONE = new EstimateView("", "", "", "", "");

  public static EstimateView of(Estimate e) {
    return new EstimateView(
        EstimateText.value(e),
        EstimateText.interval(e),
        EstimateText.k(e),
        EstimateText.n(e),
        EstimateText.full(e));
  }

  public static EstimateView of(java.util.Optional<Estimate> e) {
    return e.map(EstimateView::of).orElse(NONE);
  }

  public boolean present() {
    return !value.isEmpty();
  }
}
