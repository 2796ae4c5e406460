package dev.evalpress.analyse.report;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.EvalSummary;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.model.Condition;
import dev.evalpress.model.EvalSelectionSpec;
import dev.evalpress.model.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data a {@code chart} or {@code table} block selects from one eval: the models named (default:
 * every model with results, in release order) and the condition (default: pooled over conditions).
 */
public record EvalSelection(EvalSummary eval, Condition condition, List<ModelRates> models) {

  public EvalSelection {
    models = List.copyOf(models);
  }

  /** Resolves the selection, reporting unknown evals and models; empty when it cannot be made. */
  static Optional<EvalSelection> resolve(
      EvalSelectionSpec spec, Analysis analysis, SpecFailures failures) {
    if (spec.eval() == null) {
      return Optional.empty();
    }
    Optional<EvalSummary> eval = analysis.eval(spec.eval());
    if (eval.isEmpty()) {
      failures.fail(
          "eval",
          "unknown eval \""
              + spec.eval()
              + "\"; known evals: "
              + String.join(", ", analysis.evals().keySet()));
      return Optional.empty();
    }
    List<ModelRates> models = new ArrayList<>();
    if (spec.models().isPresent()) {
      for (String id : spec.models().get()) {
        model(analysis, eval.get(), id, failures).ifPresent(models::add);
      }
    } else {
      models.addAll(eval.get().byModel());
    }
    Condition condition = spec.condition();
    if (!condition.isEmpty()
        && models.stream().noneMatch(m -> m.condition(condition).isPresent())) {
      failures.fail(
          "condition",
          "no results of eval \""
              + spec.eval()
              + "\" under condition "
              + condition.label()
              + "; its conditions are: "
              + eval.get().conditions().stream().map(Condition::label).toList());
      return Optional.empty();
    }
    return Optional.of(new EvalSelection(eval.get(), condition, models));
  }

  private static Optional<ModelRates> model(
      Analysis analysis, EvalSummary eval, String id, SpecFailures failures) {
    if (analysis.results().model(id).isEmpty()) {
      failures.fail(
          "models",
          "unknown model \""
              + id
              + "\"; known models: "
              + analysis.results().models().stream().map(ModelVersion::id).toList());
      return Optional.empty();
    }
    Optional<ModelRates> rates = eval.model(id);
    if (rates.isEmpty()) {
      failures.fail(
          "models", "model \"" + id + "\" has no results for eval \"" + eval.eval().id() + "\"");
    }
    return rates;
  }

  /**
   * Each model's estimate under the selected condition; models not measured under it are left out.
   */
  public List<ModelEstimate> estimates() {
    List<ModelEstimate> out = new ArrayList<>();
    for (ModelRates m : models) {
      Optional<Estimate> e = condition.isEmpty() ? Optional.of(m.pooled()) : m.condition(condition);
      e.ifPresent(estimate -> out.add(new ModelEstimate(m.model(), estimate)));
    }
    return out;
  }
}
