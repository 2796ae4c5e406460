package dev.evalpress.analyse;

import dev.evalpress.model.ModelVersion;
import java.util.List;
import java.util.Optional;

/**
 * The latest version of one model family measured on an eval, its estimate, the comparison with its
 * nearest measured ancestor (the predecessor, unless that was not measured), if any, and the policy
 * findings for it.
 */
public record DashboardEntry(
    String family,
    ModelVersion model,
    Estimate estimate,
    Optional<ModelVersion> predecessor,
    Optional<Comparison> comparison,
    List<PolicyFinding> findings) {

  public DashboardEntry {
    findings = List.copyOf(findings);
  }
}
