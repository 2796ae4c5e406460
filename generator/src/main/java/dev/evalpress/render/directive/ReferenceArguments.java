package dev.evalpress.render.directive;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.EvalSummary;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The arguments of an inline reference, {@code VERB EVAL MODEL… [key=value …]}, resolved against the
 * analysis. Every failure is reported at the reference's place and yields empty.
 */
final class ReferenceArguments {

  private final String text;
  private final Source at;
  private final Analysis analysis;
  private final Problems problems;

  ReferenceArguments(String text, Source at, Analysis analysis, Problems problems) {
    this.text = text;
    this.at = at;
    this.analysis = analysis;
    this.problems = problems;
  }

  /** What was resolved: the eval, and each named model's estimate under the condition. */
  record Resolved(EvalSummary eval, Condition condition, List<Estimate> estimates, List<ModelRates> models) {}

  /**
   * Resolves {@code tokens} = eval, then {@code models} model ids, then optional key=value condition tokens.
   */
  Optional<Resolved> resolve(List<String> tokens, int models, String usage) {
    if (tokens.size() < 1 + models) {
      return fail("incomplete reference \"{{" + text + "}}\"; expected " + usage);
    }
    Optional<EvalSummary> eval = analysis.eval(tokens.get(0));
    if (eval.isEmpty()) {
      return fail("unknown eval \"" + tokens.get(0) + "\"; known evals: " + String.join(", ", analysis.evals().keySet()));
    }
    TreeMap<String, String> pairs = new TreeMap<>();
    for (String token : tokens.subList(1 + models, tokens.size())) {
      int eq = token.indexOf('=');
      if (eq <= 0) {
        return fail("\"" + token + "\" in \"{{" + text + "}}\": expected a condition key=value; " + usage);
      }
      pairs.put(token.substring(0, eq), token.substring(eq + 1));
    }
    Condition condition = Condition.of(pairs);
    List<ModelRates> rates = new java.util.ArrayList<>();
    List<Estimate> estimates = new java.util.ArrayList<>();
    for (String id : tokens.subList(1, 1 + models)) {
      if (analysis.results().model(id).isEmpty()) {
        return fail("unknown model \"" + id + "\"");
      }
      Optional<ModelRates> r = eval.get().model(id);
      if (r.isEmpty()) {
        return fail("model \"" + id + "\" has no results for eval \"" + tokens.get(0) + "\"");
      }
      Optional<Estimate> e = condition.isEmpty() ? Optional.of(r.get().pooled()) : r.get().condition(condition);
      if (e.isEmpty()) {
        return fail("eval \"" + tokens.get(0) + "\" has no result for model \"" + id + "\" under "
            + condition.label() + "; its conditions: "
            + r.get().conditions().stream().map(c -> c.condition().label()).toList());
      }
      rates.add(r.get());
      estimates.add(e.get());
    }
    return Optional.of(new Resolved(eval.get(), condition, estimates, rates));
  }

  <T> Optional<T> fail(String message) {
    problems.add(at, message);
    return Optional.empty();
  }
}
