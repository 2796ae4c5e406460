package dev.evalpress.analyse.report;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.model.ReviewedSample;
import dev.evalpress.model.SampleSpec;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a {@code sample} block to one published sample; only published samples can be embedded.
 */
final class SampleResolver {

  private SampleResolver() {}

  static Optional<ResolvedBlock> resolve(
      SampleSpec spec, Analysis analysis, SpecFailures failures) {
    if (!spec.wellFormed()) {
      return Optional.empty();
    }
    String eval = spec.eval();
    if (analysis.results().eval(eval).isEmpty()) {
      failures.fail(
          "eval",
          "unknown eval \""
              + eval
              + "\"; known evals: "
              + String.join(", ", analysis.evals().keySet()));
      return Optional.empty();
    }
    List<ReviewedSample> published = analysis.samples().samples(eval, spec.owner());
    for (int i = 0; i < published.size(); i++) {
      if (published.get(i).sample().id().equals(spec.id())) {
        return Optional.of(new ResolvedSample(spec, i + 1, published.get(i)));
      }
    }
    failures.fail(
        "id",
        "no published sample \""
            + spec.id()
            + "\" of "
            + spec.owner().replace("/", " ").replaceFirst("s ", " ")
            + " in eval \""
            + eval
            + "\"; only published"
            + " samples can be embedded (see samples: publish and cap in evalpress.yaml)");
    return Optional.empty();
  }
}
