package dev.evalpress.site;

import dev.evalpress.analyse.PolicyFinding;
import java.util.List;

/**
 * What a build did: pages rendered, files written (0 for {@code check}), and the release gate's findings
 * (tracked evals whose latest versions breach their threshold or regress), and the notes on what was left
 * out, assumed or counted once while reading the results.
 */
public record BuildResult(int pages, int files, List<PolicyFinding> gateFindings,
    List<dev.evalpress.model.ResultNote> notes) {

  public BuildResult {
    gateFindings = List.copyOf(gateFindings);
    notes = List.copyOf(notes);
  }
}
