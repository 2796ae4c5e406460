package dev.evalpress.analyse;

import dev.evalpress.model.ModelVersion;
import java.util.List;
import java.util.Optional;

/** A model version's results, each eval compared with the same eval on its predecessor. */
public record ModelSummary(
    ModelVersion model, Optional<ModelVersion> predecessor, List<EvalComparison> evals) {

  public ModelSummary {
    evals = List.copyOf(evals);
  }

  public Optional<EvalComparison> eval(String evalId) {
    return evals.stream().filter(e -> e.eval().id().equals(evalId)).findFirst();
  }
}
