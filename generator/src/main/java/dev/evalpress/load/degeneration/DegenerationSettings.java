package dev.evalpress.load.degeneration;

/**
 * Thresholds, configurable per eval. Defaults ({@link #DEFAULT}) are the published ones.
 *
 * <p>An output whose best tail loop (see {@link TailRepetition}) has phrase length {@code n} and
 * {@code repeats} back-to-back occurrences is degenerate when {@code repeats > 1} and either {@code
 * n >= minPhraseLength} or {@code repeats > minRepeatsForShortPhrases} (strictly greater, as the
 * reference code's {@code > 50}).
 *
 * @param maxPhraseLength longest phrase, in tokens, searched for at the end of the output; 90 in
 *     the reference code of Holtzman et al. ({@code max_n = 90})
 * @param minPhraseLength shortest phrase, in tokens, whose repetition alone (two or more times) is
 *     degenerate; 3 in the reference code ({@code max_repeated_n+1 >= 3})
 * @param minRepeatsForShortPhrases a phrase shorter than {@code minPhraseLength} makes the output
 *     degenerate only when it repeats <i>more than</i> this many times; 50 in the reference code
 *     ({@code last_n_repeats[...] > 50})
 * @param seqRepN the n of seq-rep-n; 4 in Welleck et al. (seq-rep-4)
 */
public record DegenerationSettings(
    int maxPhraseLength, int minPhraseLength, int minRepeatsForShortPhrases, int seqRepN) {

  /** The published thresholds: 90, 3, 50 (Holtzman et al.) and seq-rep-4 (Welleck et al.). */
  public static final DegenerationSettings DEFAULT = new DegenerationSettings(90, 3, 50, 4);

  /**
   * Validates the thresholds.
   *
   * @throws IllegalArgumentException when any value is below 1, or {@code minPhraseLength} exceeds
   *     {@code maxPhraseLength}
   */
  public DegenerationSettings {
    requireAtLeastOne("maxPhraseLength", maxPhraseLength);
    requireAtLeastOne("minPhraseLength", minPhraseLength);
    requireAtLeastOne("minRepeatsForShortPhrases", minRepeatsForShortPhrases);
    requireAtLeastOne("seqRepN", seqRepN);
    if (minPhraseLength > maxPhraseLength) {
      throw new IllegalArgumentException(
          "minPhraseLength ("
              + minPhraseLength
              + ") must not exceed maxPhraseLength ("
              + maxPhraseLength
              + ")");
    }
  }

  private static void requireAtLeastOne(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + value);
    }
  }
}
