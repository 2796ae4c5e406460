package dev.evalpress.render.directive;

import dev.evalpress.analyse.Analysis;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.EvalSummary;
import dev.evalpress.analyse.ModelRates;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Condition;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.render.figure.LabelledEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data a {@code chart} or {@code table} block selects from one eval: {@code eval}, optional
 * {@code models} (default: every model with results, in release order) and optional {@code condition}
 * (default: pooled over conditions).
 */
record EvalSelection(EvalSummary eval, Condition condition, List<ModelRates> models) {

  /** Reads the selection, reporting unknown evals and models; null when it cannot be made. */
  static EvalSelection read(JsonObject spec, Analysis analysis) {
    String evalId = spec.requireText("eval");
    if (evalId == null) {
      return null;
    }
    Optional<EvalSummary> eval = analysis.eval(evalId);
    if (eval.isEmpty()) {
      spec.fail("eval", "unknown eval \"" + evalId + "\"; known evals: " + String.join(", ", analysis.evals().keySet()));
      return null;
    }
    Condition condition = spec.object("condition").map(c -> Condition.of(c.stringMap())).orElse(Condition.NONE);
    List<ModelRates> models = new ArrayList<>();
    if (spec.has("models")) {
      for (String id : spec.strings("models")) {
        resolveModel(spec, analysis, eval.get(), id).ifPresent(models::add);
      }
    } else {
      models.addAll(eval.get().byModel());
    }
    if (!condition.isEmpty()) {
      boolean any = models.stream().anyMatch(m -> m.condition(condition).isPresent());
      if (!any) {
        spec.fail("condition", "no results of eval \"" + evalId + "\" under condition " + condition.label()
            + "; its conditions are: " + eval.get().conditions().stream().map(Condition::label).toList());
        return null;
      }
    }
    return spec.failed() ? null : new EvalSelection(eval.get(), condition, models);
  }

  private static Optional<ModelRates> resolveModel(JsonObject spec, Analysis analysis, EvalSummary eval, String id) {
    Optional<ModelVersion> model = analysis.results().model(id);
    if (model.isEmpty()) {
      spec.fail("models", "unknown model \"" + id + "\"; known models: "
          + analysis.results().models().stream().map(ModelVersion::id).toList());
      return Optional.empty();
    }
    Optional<ModelRates> rates = eval.model(id);
    if (rates.isEmpty()) {
      spec.fail("models", "model \"" + id + "\" has no results for eval \"" + eval.eval().id() + "\"");
    }
    return rates;
  }

  /** Each model's estimate under the selected condition; models not measured under it are left out. */
  List<LabelledEstimate> estimates() {
    List<LabelledEstimate> out = new ArrayList<>();
    for (ModelRates m : models) {
      Optional<Estimate> e = condition.isEmpty() ? Optional.of(m.pooled()) : m.condition(condition);
      e.ifPresent(estimate -> out.add(new LabelledEstimate(m.model(), estimate)));
    }
    return out;
  }
}
