package dev.evalpress.render.directive;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.report.ResolvedSample;
import dev.evalpress.render.page.Link;
import dev.evalpress.render.page.SamplePages;
import dev.evalpress.render.page.SampleView;
import dev.evalpress.render.page.SitePaths;
import dev.evalpress.render.page.VerdictWords;

/**
 * Shows a resolved {@code sample} block, with a link to the sample's page in the transcript viewer.
 */
final class SampleViews {

  private SampleViews() {}

  static SampleView of(ResolvedSample sample, Analysis analysis, String pagePath) {
    String eval = sample.spec().eval();
    Link page =
        new Link(
            "Open in the transcript viewer",
            SitePaths.relative(
                pagePath, SamplePages.samplePath(eval, sample.spec().owner(), sample.number())));
    VerdictWords words = VerdictWords.of(analysis.results().eval(eval).orElseThrow());
    return SampleView.of(sample.sample(), analysis.settings().samplePolicy(eval), words, page);
  }
}
