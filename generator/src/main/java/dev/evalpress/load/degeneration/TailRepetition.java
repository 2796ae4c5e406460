package dev.evalpress.load.degeneration;

import dev.evalpress.model.RepetitionLoop;
import java.util.Optional;

/**
 * The repetition loop at the end of an output, as defined by the reference code of Holtzman, Buys,
 * Du, Forbes and Choi, <i>The Curious Case of Neural Text Degeneration</i>, ICLR 2020
 * (arXiv:1904.09751): {@code metrics/repetition.py} in github.com/ari-holtzman/degen (read at
 * commit {@code 3bbf8472c4fef3645427c26979b426ffbb65e339}).
 *
 * <h2>Definition (the reference code's counting, reproduced exactly)</h2>
 *
 * Let {@code T} be the number of tokens and {@code phrase(n)} the last {@code n} tokens. For each
 * {@code n = 1 … maxPhraseLength}:
 *
 * <ul>
 *   <li>{@code count(n)} starts at 1: <b>the final occurrence itself is counted</b> ({@code
 *       n_repeat = 1});
 *   <li>it goes up by one for each further <b>complete</b> block of {@code n} tokens, walking
 *       backwards from the end, that equals {@code phrase(n)}, and stops at the first block that
 *       differs or is incomplete ({@code len(rev_gen[n*k:n*(k+1)]) == n and rev_gen[n*k:n*(k+1)] ==
 *       rev_gen[:n]});
 *   <li>so when the output has fewer than {@code 2n} tokens, {@code count(n) = 1} (and also when it
 *       has fewer than {@code n} tokens, where {@code phrase(n)} is the whole output).
 * </ul>
 *
 * The best {@code n} is the one with the highest count, the <b>smallest</b> {@code n} on a tie
 * (Python's {@code max} over {@code range(max_n)} returns the first maximum). The output is
 * degenerate when that count is {@code > 1} and either {@code n >= 3} or the count is {@code > 50}
 * (thresholds in {@link DegenerationSettings}). Here a loop is reported only when its count is
 * {@code > 1}.
 *
 * <p>Differences from the reference, none of which changes the rule: tokens are whitespace tokens
 * (see {@link WhitespaceTokens}) where the reference used GPT-2 BPE ids, and it dropped one
 * trailing end-of-text token, which plain strings do not have; the reference fails on an empty
 * output (it reads {@code gen[-1]}), here an empty output simply has no loop.
 *
 * <h2>Algorithm</h2>
 *
 * Read the tokens backwards: {@code rev[k]} is token {@code T-1-k}. Blocks {@code 1 … c-1} all
 * equal block 0 exactly when {@code rev[k] == rev[k+n]} for every {@code k < (c-1)n}, so {@code
 * count(n) = 1 + z(n) / n} (integer division) where {@code z(n)} is the length of the longest
 * common prefix of {@code rev} and {@code rev[n:]}, the Z-function of {@code rev}. The Z-function
 * for {@code n = 1 … maxPhraseLength} costs {@code O(T + maxPhraseLength)} token comparisons in
 * total (Gusfield's Z-algorithm: the matched window only moves forward), instead of up to {@code
 * maxPhraseLength × T} for the reference's nested loops on a long loop of a short phrase. A phrase
 * can repeat only if {@code 2n <= T}, so larger {@code n} are skipped. Token comparison is exact.
 *
 * <p>Stateless and thread-safe.
 */
final class TailRepetition {

  private TailRepetition() {}

  /**
   * The same search on tokens cut from the end on demand ({@link ReverseTokens}): reverse index r
   * is token {@code t - 1 - r}, so the z-array runs over the reversed sequence directly.
   */
  static Optional<RepetitionLoop> find(ReverseTokens tokens, int maxPhraseLength) {
    int[] z = new int[maxPhraseLength + 1];
    int windowStart = 0;
    int windowEnd = 0;
    int bestN = 0;
    int bestCount = 1;
    // The full search stops at n = t/2; here n only needs a token at index n to compare with. For n
    // > t/2 the
    // match zn is < n, so the count stays 1 and cannot win: the result is the same, on half the
    // tokens.
    for (int n = 1; n <= maxPhraseLength && tokens.has(n); n++) {
      int zn = 0;
      if (n < windowEnd) {
        zn = Math.min(windowEnd - n, z[n - windowStart]);
      }
      while (tokens.has(n + zn) && tokens.same(zn, n + zn)) {
        zn++;
      }
      z[n] = zn;
      if (n + zn > windowEnd) {
        windowStart = n;
        windowEnd = n + zn;
      }
      int count = 1 + zn / n;
      if (count > bestCount) {
        bestCount = count;
        bestN = n;
      }
    }
    if (bestN == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new RepetitionLoop(bestN, bestCount, tokens.start(bestN * bestCount - 1), tokens.end(0)));
  }
}
