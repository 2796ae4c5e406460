package dev.evalpress.analyse;

import dev.evalpress.model.TrainingRun;
import java.util.List;
import java.util.Optional;

/**
 * What a release of one model version changed: its tracked evals, then every other eval measured on
 * it, each compared with its baseline; the tracked evals not measured on it (by id); the release
 * gate's findings on it; and the training runs that produced it. The findings are the {@link
 * EvalComparison#findings()} of its tracked evals, the same objects the dashboard and {@code check
 * --fail-on-regression} use, so an export and the gate cannot disagree.
 */
public record ReleaseSummary(
    ModelSummary summary,
    List<EvalComparison> tracked,
    List<EvalComparison> others,
    List<String> trackedNotMeasured,
    List<PolicyFinding> findings,
    List<TrainingRun> runs) {

  public ReleaseSummary {
    tracked = List.copyOf(tracked);
    others = List.copyOf(others);
    trackedNotMeasured = List.copyOf(trackedNotMeasured);
    findings = List.copyOf(findings);
    runs = List.copyOf(runs);
  }

  /** The release summary of {@code modelId}, or empty if no such version is in the results. */
  public static Optional<ReleaseSummary> of(Analysis analysis, String modelId) {
    return analysis
        .model(modelId)
        .map(
            summary -> {
              List<EvalComparison> tracked =
                  summary.evals().stream()
                      .filter(e -> analysis.settings().tracked(e.eval().id()).isPresent())
                      .toList();
              List<EvalComparison> others =
                  summary.evals().stream()
                      .filter(e -> analysis.settings().tracked(e.eval().id()).isEmpty())
                      .toList();
              List<String> notMeasured =
                  analysis.settings().tracked().stream()
                      .map(t -> t.evalId())
                      .filter(id -> summary.eval(id).isEmpty())
                      .toList();
              List<PolicyFinding> findings =
                  tracked.stream().flatMap(e -> e.findings().stream()).toList();
              List<TrainingRun> runs =
                  analysis.results().runs().stream()
                      .filter(r -> r.model().filter(modelId::equals).isPresent())
                      .toList();
              return new ReleaseSummary(summary, tracked, others, notMeasured, findings, runs);
            });
  }

  /** True when the release gate passes: no tracked eval breaches or regresses. */
  public boolean passes() {
    return findings.isEmpty();
  }
}
