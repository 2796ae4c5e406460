package dev.evalpress.load.degeneration;

import dev.evalpress.model.DegenerationReport;
import dev.evalpress.model.RepetitionLoop;
import java.util.Objects;
import java.util.Optional;

/**
 * Detects text degeneration in one model output: tokenizes it on whitespace ({@link
 * WhitespaceTokens}), finds the repetition loop at its end and applies the degeneration rule of
 * Holtzman et al. ({@link TailRepetition}, thresholds in {@link DegenerationSettings}), and
 * computes seq-rep-n of Welleck et al. ({@link SeqRep}).
 *
 * <p>Cost is linear in the length of the output: one pass over its chars, then {@code O(tokens)}
 * for the loop search and for seq-rep. No substring is made per token.
 *
 * <p>Immutable and stateless (it holds only its settings; every call allocates its own working
 * arrays), so one instance can be shared by any number of threads.
 */
public final class DegenerationDetector {

  private final DegenerationSettings settings;

  /**
   * A detector with the given thresholds ({@link DegenerationSettings#DEFAULT} for the published
   * ones).
   */
  public DegenerationDetector(DegenerationSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The thresholds this detector applies. */
  public DegenerationSettings settings() {
    return settings;
  }

  /**
   * Analyses one output.
   *
   * @param output the model's raw output; empty or whitespace-only gives 0 tokens, no loop, seq-rep
   *     0
   * @return the loop at the end (when some phrase repeats there), whether it is degenerate,
   *     seq-rep-n and the token count
   */
  public DegenerationReport detect(String output) {
    Objects.requireNonNull(output, "output");
    DegenerationReport tail = detectLoop(output);
    WhitespaceTokens tokens = WhitespaceTokens.of(output);
    return new DegenerationReport(
        tail.degenerate(), tail.loop(), SeqRep.of(tokens, settings.seqRepN()), tokens.count);
  }

  /**
   * Only the loop at the end and whether it is degenerate — what counting needs — without seq-rep,
   * which needs every token. Tokenizes backward from the end only as far as the search reaches, so
   * on long outputs it reads a small part of the text. The report's {@code seqRep} and {@code
   * tokens} are 0; the loop and the verdict equal {@link #detect}'s.
   */
  public DegenerationReport detectLoop(String output) {
    Objects.requireNonNull(output, "output");
    Optional<RepetitionLoop> loop =
        TailRepetition.find(new ReverseTokens(output), settings.maxPhraseLength());
    return new DegenerationReport(loop.isPresent() && isDegenerate(loop.get()), loop, 0, 0);
  }

  /** Holtzman et al.'s rule: count > 1 (always true of a loop) and (n >= 3 or count > 50). */
  private boolean isDegenerate(RepetitionLoop loop) {
    return loop.phraseLength() >= settings.minPhraseLength()
        || loop.repeats() > settings.minRepeatsForShortPhrases();
  }
}
