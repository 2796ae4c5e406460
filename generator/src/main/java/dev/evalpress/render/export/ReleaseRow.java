package dev.evalpress.render.export;

import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.EvalComparison;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.render.format.EstimateText;
import dev.evalpress.render.format.FindingText;
import java.util.Optional;

/**
 * One eval of a release as text, in the words the site's pages use: the pooled rate or score with
 * its interval and n, and the change from the baseline with its interval, ratio, verdict and test.
 * Fields are plain (unescaped) text; each format escapes them.
 */
record ReleaseRow(
    String evalId,
    String title,
    String metric,
    String value,
    String interval,
    String n,
    String baseline,
    String before,
    String change,
    String changeInterval,
    String ratio,
    String verdict,
    String verdictWithTest,
    Optional<Comparison> comparison,
    Estimate estimate) {

  /**
   * @param predecessor the version's predecessor, to say when the baseline is another version
   */
  static ReleaseRow of(EvalComparison e, Optional<ModelVersion> predecessor) {
    // an eval in a model's summary was measured on it, so the pooled row has a current estimate
    Estimate after = e.pooled().current().orElseThrow();
    Optional<Comparison> c = e.pooledComparison();
    String baseline =
        e.baseline().map(ModelVersion::name).orElse("")
            + FindingText.since(predecessor, e.baseline());
    return new ReleaseRow(
        e.eval().id(),
        e.eval().title(),
        e.eval().metric(),
        EstimateText.value(after),
        EstimateText.interval(after),
        EstimateText.n(after),
        baseline,
        c.map(x -> EstimateText.value(x.before())).orElse(""),
        c.map(EstimateText::change).orElse(""),
        c.map(EstimateText::changeInterval).orElse(""),
        c.map(EstimateText::ratio).orElse(""),
        c.map(x -> x.verdict().label()).orElse(""),
        c.map(EstimateText::verdict).orElse(""),
        c,
        after);
  }
}
