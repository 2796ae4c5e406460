package dev.evalpress.render.directive;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.EvalSummary;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.model.Condition;
import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import dev.evalpress.render.format.EstimateText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An inline {@code {{rate EVAL MODEL [key=value …]}}}: the pooled rate of an eval on a model, or its rate
 * under one condition, written as {@code 96% (95% CI 90.2–98.4%, n = 100)}.
 */
final class RateReference {

  private static final String USAGE = "expected {{rate EVAL MODEL}} or {{rate EVAL MODEL key=value …}}";

  private RateReference() {}

  static Optional<String> render(String text, Source at, Analysis analysis, Problems problems) {
    List<String> tokens = Arrays.stream(text.trim().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    if (tokens.isEmpty() || !tokens.get(0).equals("rate")) {
      problems.add(at, "unknown reference \"{{" + text + "}}\"; " + USAGE);
      return Optional.empty();
    }
    if (tokens.size() < 3) {
      problems.add(at, "incomplete reference \"{{" + text + "}}\"; " + USAGE);
      return Optional.empty();
    }
    Optional<EvalSummary> eval = analysis.eval(tokens.get(1));
    if (eval.isEmpty()) {
      problems.add(at, "unknown eval \"" + tokens.get(1) + "\"; known evals: "
          + String.join(", ", analysis.evals().keySet()));
      return Optional.empty();
    }
    String modelId = tokens.get(2);
    if (analysis.results().model(modelId).isEmpty()) {
      problems.add(at, "unknown model \"" + modelId + "\"");
      return Optional.empty();
    }
    Optional<ModelRates> rates = eval.get().model(modelId);
    if (rates.isEmpty()) {
      problems.add(at, "model \"" + modelId + "\" has no results for eval \"" + tokens.get(1) + "\"");
      return Optional.empty();
    }
    TreeMap<String, String> condition = new TreeMap<>();
    for (String token : tokens.subList(3, tokens.size())) {
      int eq = token.indexOf('=');
      if (eq <= 0) {
        problems.add(at, "condition \"" + token + "\" in \"{{" + text + "}}\": expected key=value");
        return Optional.empty();
      }
      condition.put(token.substring(0, eq), token.substring(eq + 1));
    }
    Condition c = Condition.of(condition);
    Optional<Estimate> estimate = c.isEmpty() ? Optional.of(rates.get().pooled()) : rates.get().condition(c);
    if (estimate.isEmpty()) {
      problems.add(at, "eval \"" + tokens.get(1) + "\" has no result for model \"" + modelId + "\" under "
          + c.label() + "; its conditions: " + rates.get().conditions().stream().map(e -> e.condition().label()).toList());
      return Optional.empty();
    }
    return Optional.of(EstimateText.full(estimate.get()));
  }
}
