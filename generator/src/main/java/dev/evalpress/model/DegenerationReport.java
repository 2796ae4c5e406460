package dev.evalpress.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the detector found in one output.
 *
 * @param degenerate whether the tail loop meets the degeneration rule (thresholds in {@link
 *     DegenerationThresholds})
 * @param loop the best (phrase length, repeats) at the end of the output when it repeats more than
 *     once, even if not degenerate; empty when no phrase of up to {@code maxPhraseLength} tokens
 *     ends the output twice in a row
 * @param seqRep seq-rep-n of the output (Welleck et al.), in {@code [0, 1)}; 0 when it has fewer
 *     than n tokens
 * @param tokens number of whitespace-separated tokens in the output
 */
public record DegenerationReport(
    boolean degenerate, Optional<RepetitionLoop> loop, double seqRep, int tokens) {

  /**
   * @throws IllegalArgumentException when the fields contradict each other or are out of range
   */
  public DegenerationReport {
    Objects.requireNonNull(loop, "loop");
    if (degenerate && loop.isEmpty()) {
      throw new IllegalArgumentException("a degenerate output has a loop");
    }
    if (!(seqRep >= 0.0 && seqRep <= 1.0)) {
      throw new IllegalArgumentException("seqRep must be in [0, 1], was " + seqRep);
    }
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens must be >= 0, was " + tokens);
    }
  }
}
