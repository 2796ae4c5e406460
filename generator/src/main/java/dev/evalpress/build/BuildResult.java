package dev.evalpress.build;

import dev.evalpress.analyse.PolicyFinding;
import dev.evalpress.model.ResultNote;
import dev.evalpress.render.format.FindingText;
import dev.evalpress.render.format.NoteSummary;
import java.util.List;

/**
 * What a build did: pages rendered, files written (0 for {@code check}), and the release gate's
 * findings (tracked evals whose latest versions breach their threshold or regress), and the notes
 * on what was left out, assumed or counted once while reading the results; {@code warnings} about
 * the output folder's surroundings that did not stop the build (a leftover of an earlier build that
 * could not be deleted).
 */
public record BuildResult(
    int pages,
    int files,
    List<PolicyFinding> gateFindings,
    List<ResultNote> notes,
    List<String> warnings) {

  public BuildResult {
    gateFindings = List.copyOf(gateFindings);
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }

  /** The release gate's findings, one line each, in the words pages use: what a caller prints. */
  public List<String> gateFindingLines() {
    return gateFindings.stream().map(FindingText::line).toList();
  }

  /** The notes summarised, one line per kind of note and eval: what a caller prints. */
  public List<String> noteLines() {
    return NoteSummary.lines(notes);
  }

  /** The line a failed release gate ends with, when {@code check} fails on its findings. */
  public String gateFailedLine() {
    int n = gateFindings.size();
    return n + " tracked-eval " + (n == 1 ? "finding" : "findings") + "; failing the release gate.";
  }

  /**
   * The line a passed {@code check} ends with; {@code gate} says whether the gate was asked for.
   */
  public String checkedLine(boolean gate) {
    return "OK: "
        + pages
        + " pages would be built"
        + (gate ? "; no tracked eval regresses or breaches its threshold" : "");
  }
}
