package dev.evalpress.analyse.report;

import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.stats.PgrEstimate;

/**
 * What an inline reference shows, computed from the data so no number in prose can drift from it.
 */
public sealed interface ResolvedReference {

  /** {@code {{rate …}}}: one model's estimate. */
  record Rate(Estimate estimate) implements ResolvedReference {}

  /**
   * {@code {{delta …}}} or ({@code ratio}) {@code {{ratio …}}}: the change from before to after.
   */
  record Change(Comparison comparison, boolean ratio) implements ResolvedReference {}

  /** {@code {{pgr …}}}: performance gap recovered, with the three estimates it is made of. */
  record Pgr(PgrEstimate pgr, Estimate weak, Estimate weakToStrong, Estimate strong)
      implements ResolvedReference {}
}
