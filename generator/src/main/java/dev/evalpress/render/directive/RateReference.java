package dev.evalpress.render.directive;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.Comparer;
import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.stats.PgrEstimate;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.format.EstimateText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Inline references, each rendered from the data so no number in prose can drift from it:
 * <ul>
 *   <li>{@code {{rate EVAL MODEL [key=value …]}}} — {@code 96% (95% CI 90.2–98.4%, n = 100)};
 *   <li>{@code {{delta EVAL BEFORE AFTER [key=value …]}}} — the change with its interval and verdict;
 *   <li>{@code {{ratio EVAL BEFORE AFTER [key=value …]}}} — the ratio of rates with its interval and verdict;
 *   <li>{@code {{pgr EVAL WEAK WEAK_TO_STRONG STRONG [key=value …]}}} — performance gap recovered.
 * </ul>
 */
final class RateReference {

  /** Bootstrap resamples for PGR intervals, and the seed that makes them reproducible. */
  static final int PGR_RESAMPLES = 10_000;
  static final long PGR_SEED = 20231214L;

  private static final String USAGE = "{{rate EVAL MODEL}}, {{delta EVAL BEFORE AFTER}}, {{ratio EVAL BEFORE AFTER}}"
      + " or {{pgr EVAL WEAK WEAK_TO_STRONG STRONG}}, each optionally followed by key=value condition tokens";

  private RateReference() {}

  static Optional<String> render(String text, Source at, Analysis analysis, Problems problems) {
    List<String> tokens = Arrays.stream(text.trim().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    ReferenceArguments args = new ReferenceArguments(text, at, analysis, problems);
    if (tokens.isEmpty()) {
      return args.fail("empty reference \"{{" + text + "}}\"; expected " + USAGE);
    }
    List<String> rest = tokens.subList(1, tokens.size());
    return switch (tokens.get(0)) {
      case "rate" -> args.resolve(rest, 1, "{{rate EVAL MODEL}}").map(r -> EstimateText.full(r.estimates().get(0)));
      case "delta" -> compare(args, rest, "{{delta EVAL BEFORE AFTER}}", analysis).map(EstimateText::delta);
      case "ratio" -> compare(args, rest, "{{ratio EVAL BEFORE AFTER}}", analysis).flatMap(c -> c.ratio().isPresent()
          ? Optional.of(EstimateText.ratio(c))
          : args.fail("no ratio is defined for \"{{" + text + "}}\": both rates are 0"));
      case "pgr" -> pgr(args, rest, analysis);
      default -> args.fail("unknown reference \"{{" + text + "}}\"; expected " + USAGE);
    };
  }

  private static Optional<Comparison> compare(ReferenceArguments args, List<String> tokens, String usage,
      Analysis analysis) {
    return args.resolve(tokens, 2, usage).flatMap(r -> {
      Estimate before = r.estimates().get(0);
      Estimate after = r.estimates().get(1);
      if (r.models().get(0).model().equals(r.models().get(1).model())) {
        return args.fail("a comparison needs two different models, got \"" + r.models().get(0).model().id()
            + "\" twice");
      }
      if (usage.startsWith("{{ratio") && !(before.measurement() instanceof Counts)) {
        return args.fail("a ratio needs counts (k of n) for Fisher's exact test, but eval \"" + r.eval().eval().id()
            + "\" reports scores; use {{delta …}}, which compares scores with a z-test");
      }
      Comparer comparer = analysis.comparer();
      return Optional.of(comparer.compare(before, after, r.eval().eval().direction()));
    });
  }

  private static Optional<String> pgr(ReferenceArguments args, List<String> tokens, Analysis analysis) {
    return args.resolve(tokens, 3, "{{pgr EVAL WEAK WEAK_TO_STRONG STRONG}}").flatMap(r -> {
      if (!(r.estimates().get(0).measurement() instanceof Counts)) {
        return args.fail("PGR is bootstrapped over counts (k of n), but eval \"" + r.eval().eval().id()
            + "\" reports scores");
      }
      if (r.models().stream().map(m -> m.model().id()).distinct().count() < 3) {
        return args.fail("PGR needs three different models: the weak model, the weak-to-strong model and the"
            + " strong ceiling");
      }
      if (r.estimates().stream().anyMatch(e -> e.n().getAsLong() > Integer.MAX_VALUE)) {
        return args.fail("PGR's bootstrap takes sample sizes up to " + Integer.MAX_VALUE);
      }
      Counts weak = (Counts) r.estimates().get(0).measurement();
      Counts w2s = (Counts) r.estimates().get(1).measurement();
      Counts strong = (Counts) r.estimates().get(2).measurement();
      Optional<PgrEstimate> pgr = PgrEstimate.of(weak.k(), weak.n(), w2s.k(), w2s.n(), strong.k(), strong.n(),
          analysis.settings().statistics().level(), PGR_RESAMPLES, PGR_SEED);
      if (pgr.isEmpty()) {
        return args.fail("PGR is undefined: the weak model and the strong ceiling have the same rate");
      }
      return Optional.of(EstimateText.pgr(pgr.get(), r.estimates().get(0), r.estimates().get(1),
          r.estimates().get(2)));
    });
  }
}
