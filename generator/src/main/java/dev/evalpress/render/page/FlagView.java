package dev.evalpress.render.page;

import dev.evalpress.analyse.PolicyFinding;
import dev.evalpress.render.format.FindingText;

/** A policy finding as a short flag ({@code threshold breached}) with its full sentence. */
public record FlagView(String label, String text) {

  public static FlagView of(PolicyFinding finding) {
    return new FlagView(finding.kind().label(), FindingText.describe(finding));
  }
}
