package dev.evalpress.render.page;

import dev.evalpress.analyse.Comparison;
import dev.evalpress.render.format.EstimateText;
import java.util.Optional;

/**
 * A comparison as table cells: the change, its interval, the verdict with its test (linked to the
 * Methods page), the test with its p-value alone ({@code test}, shown beside the verdict so the
 * p-value is not only a tooltip), and a class for styling the verdict. All empty when there is
 * nothing to compare.
 */
public record ComparisonView(
    String change,
    String interval,
    String verdict,
    String verdictClass,
    String detail,
    String test,
    String methodsHref) {

  public static ComparisonView of(Optional<Comparison> comparison, String pagePath) {
    String methods = SitePaths.relative(pagePath, SitePaths.METHODS) + "#verdicts";
    return comparison
        .map(
            c ->
                new ComparisonView(
                    EstimateText.change(c),
                    EstimateText.changeInterval(c),
                    c.verdict().label(),
                    EstimateText.verdictClass(c.verdict()),
                    EstimateText.verdict(c),
                    EstimateText.test(c),
                    methods))
        .orElse(new ComparisonView("", "", "", "", "", "", methods));
  }

  public boolean present() {
    return !change.isEmpty();
  }
}
