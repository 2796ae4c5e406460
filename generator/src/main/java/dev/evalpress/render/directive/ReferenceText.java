package dev.evalpress.render.directive;

import dev.evalpress.analyse.report.ResolvedReference;
import dev.evalpress.render.format.EstimateText;

/**
 * The text of a resolved inline reference: {@code 96% (95% CI 90.2–98.4%, n = 100)} for a rate, the
 * change or ratio with its interval and verdict, or the performance gap recovered.
 */
final class ReferenceText {

  private ReferenceText() {}

  static String of(ResolvedReference reference) {
    if (reference instanceof ResolvedReference.Rate rate) {
      return EstimateText.full(rate.estimate());
    }
    if (reference instanceof ResolvedReference.Change change) {
      return change.ratio()
          ? EstimateText.ratio(change.comparison())
          : EstimateText.delta(change.comparison());
    }
    ResolvedReference.Pgr pgr = (ResolvedReference.Pgr) reference;
    return EstimateText.pgr(pgr.pgr(), pgr.weak(), pgr.weakToStrong(), pgr.strong());
  }
}
