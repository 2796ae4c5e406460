package dev.evalpress.analyse.report;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.EvalSummary;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.analyse.stats.PgrEstimate;
import dev.evalpress.model.Counts;
import dev.evalpress.model.DataReference;
import dev.evalpress.model.DataReference.Verb;
import dev.evalpress.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves an inline reference: its eval, each model's estimate under its condition, and then the
 * rate, the comparison (by the analysis's comparer) or the PGR. The first problem is reported at
 * the braces; then empty.
 */
final class ReferenceResolver {

  /** Bootstrap resamples for PGR intervals, and the seed that makes them reproducible. */
  static final int PGR_RESAMPLES = 10_000;

  static final long PGR_SEED = 20231214L;

  private final DataReference reference;
  private final Analysis analysis;
  private final Problems problems;

  private ReferenceResolver(DataReference reference, Analysis analysis, Problems problems) {
    this.reference = reference;
    this.analysis = analysis;
    this.problems = problems;
  }

  static Optional<ResolvedReference> resolve(
      DataReference reference, Analysis analysis, Problems problems) {
    ReferenceResolver resolver = new ReferenceResolver(reference, analysis, problems);
    return resolver.estimates().flatMap(resolver::value);
  }

  private Optional<ResolvedReference> value(List<ModelRates> models) {
    List<Estimate> estimates = estimatesOf(models);
    return switch (reference.verb()) {
      case RATE -> Optional.of(new ResolvedReference.Rate(estimates.get(0)));
      case DELTA, RATIO -> compare(models, estimates);
      case PGR -> pgr(models, estimates);
    };
  }

  /**
   * Each named model's rates on the eval, with an estimate under the condition; empty on a problem.
   */
  private Optional<List<ModelRates>> estimates() {
    Optional<EvalSummary> eval = analysis.eval(reference.eval());
    if (eval.isEmpty()) {
      return fail(
          "unknown eval \""
              + reference.eval()
              + "\"; known evals: "
              + String.join(", ", analysis.evals().keySet()));
    }
    List<ModelRates> rates = new ArrayList<>();
    for (String id : reference.models()) {
      if (analysis.results().model(id).isEmpty()) {
        return fail("unknown model \"" + id + "\"");
      }
      Optional<ModelRates> r = eval.get().model(id);
      if (r.isEmpty()) {
        return fail("model \"" + id + "\" has no results for eval \"" + reference.eval() + "\"");
      }
      if (estimate(r.get()).isEmpty()) {
        return fail(
            "eval \""
                + reference.eval()
                + "\" has no result for model \""
                + id
                + "\" under "
                + reference.condition().label()
                + "; its conditions: "
                + r.get().conditions().stream().map(c -> c.condition().label()).toList());
      }
      rates.add(r.get());
    }
    return Optional.of(rates);
  }

  private Optional<Estimate> estimate(ModelRates rates) {
    return reference.condition().isEmpty()
        ? Optional.of(rates.pooled())
        : rates.condition(reference.condition());
  }

  private List<Estimate> estimatesOf(List<ModelRates> models) {
    return models.stream().map(m -> estimate(m).orElseThrow()).toList();
  }

  private Optional<ResolvedReference> compare(List<ModelRates> models, List<Estimate> estimates) {
    if (models.get(0).model().equals(models.get(1).model())) {
      return fail(
          "a comparison needs two different models, got \""
              + models.get(0).model().id()
              + "\" twice");
    }
    boolean ratio = reference.verb() == Verb.RATIO;
    if (ratio && !(estimates.get(0).measurement() instanceof Counts)) {
      return fail(
          "a ratio needs counts (k of n) for Fisher's exact test, but eval \""
              + reference.eval()
              + "\" reports scores; use {{delta …}}, which compares scores with a z-test");
    }
    Comparison c =
        analysis
            .comparer()
            .compare(
                estimates.get(0),
                estimates.get(1),
                analysis.eval(reference.eval()).orElseThrow().eval().direction());
    if (ratio && c.ratio().isEmpty()) {
      return fail("no ratio is defined for \"{{" + reference.text() + "}}\": both rates are 0");
    }
    return Optional.of(new ResolvedReference.Change(c, ratio));
  }

  private Optional<ResolvedReference> pgr(List<ModelRates> models, List<Estimate> estimates) {
    if (!(estimates.get(0).measurement() instanceof Counts)) {
      return fail(
          "PGR is bootstrapped over counts (k of n), but eval \""
              + reference.eval()
              + "\" reports scores");
    }
    if (models.stream().map(m -> m.model().id()).distinct().count() < 3) {
      return fail(
          "PGR needs three different models: the weak model, the weak-to-strong model and the"
              + " strong ceiling");
    }
    if (estimates.stream().anyMatch(e -> e.n().getAsLong() > Integer.MAX_VALUE)) {
      return fail("PGR's bootstrap takes sample sizes up to " + Integer.MAX_VALUE);
    }
    Counts weak = (Counts) estimates.get(0).measurement();
    Counts w2s = (Counts) estimates.get(1).measurement();
    Counts strong = (Counts) estimates.get(2).measurement();
    Optional<PgrEstimate> pgr =
        PgrEstimate.of(
            weak.k(),
            weak.n(),
            w2s.k(),
            w2s.n(),
            strong.k(),
            strong.n(),
            analysis.settings().statistics().level(),
            PGR_RESAMPLES,
            PGR_SEED);
    if (pgr.isEmpty()) {
      return fail("PGR is undefined: the weak model and the strong ceiling have the same rate");
    }
    return Optional.of(
        new ResolvedReference.Pgr(pgr.get(), estimates.get(0), estimates.get(1), estimates.get(2)));
  }

  private <T> Optional<T> fail(String message) {
    problems.add(reference.at(), message);
    return Optional.empty();
  }
}
