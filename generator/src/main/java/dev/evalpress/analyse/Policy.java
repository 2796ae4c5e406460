package dev.evalpress.analyse;

import dev.evalpress.model.Direction;
import dev.evalpress.model.EvalDefinition;
import dev.evalpress.model.ModelVersion;
import dev.evalpress.model.TrackedEval;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Applies a tracked eval's policy to one version: a breach when the pooled point estimate is above
 * the threshold (lower-is-better) or below it (higher-is-better); a regression when the pooled
 * comparison with nearest measured ancestor (the predecessor, unless that was not measured) says
 * "regressed" and regressions are not allowed.
 */
final class Policy {

  private Policy() {}

  static List<PolicyFinding> findings(
      Optional<TrackedEval> tracked,
      EvalDefinition eval,
      ModelVersion model,
      Estimate pooled,
      Optional<ModelVersion> predecessor,
      Optional<ModelVersion> baseline,
      Optional<Comparison> comparison) {
    List<PolicyFinding> out = new ArrayList<>();
    if (tracked.isEmpty()) {
      return out;
    }
    OptionalDouble threshold = tracked.get().threshold();
    if (threshold.isPresent()) {
      double t = threshold.getAsDouble();
      boolean lowerIsBetter = eval.direction() == Direction.LOWER_IS_BETTER;
      if (lowerIsBetter ? pooled.value() > t : pooled.value() < t) {
        out.add(
            new PolicyFinding(
                PolicyFinding.Kind.BREACH,
                eval,
                model,
                pooled,
                threshold,
                predecessor,
                Optional.empty(),
                Optional.empty()));
      }
    }
    if (!tracked.get().allowRegression()
        && comparison.isPresent()
        && comparison.get().verdict() == Verdict.REGRESSED) {
      out.add(
          new PolicyFinding(
              PolicyFinding.Kind.REGRESSION,
              eval,
              model,
              pooled,
              OptionalDouble.empty(),
              predecessor,
              baseline,
              comparison));
    }
    return out;
  }
}
