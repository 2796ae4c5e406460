package dev.evalpress.analyse;

import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.Results;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The version a model version is compared with on an eval: the nearest one up its predecessor chain
 * that was measured on the eval. Comparing only with the direct predecessor would let a regression
 * through whenever a version in between was not measured (a → b → c with b unmeasured: c would be
 * compared with nothing).
 */
final class MeasuredAncestor {

  private MeasuredAncestor() {}

  static Optional<ModelVersion> of(ModelVersion model, Results results, EvalSummary eval) {
    Set<String> seen = new HashSet<>();
    seen.add(model.id());
    Optional<ModelVersion> at = model.predecessor().flatMap(results::model);
    // the loader refuses predecessor cycles; the seen set only keeps this walk finite whatever it
    // is given
    while (at.isPresent() && seen.add(at.get().id())) {
      if (eval.model(at.get().id()).isPresent()) {
        return at;
      }
      at = at.get().predecessor().flatMap(results::model);
    }
    return Optional.empty();
  }
}
