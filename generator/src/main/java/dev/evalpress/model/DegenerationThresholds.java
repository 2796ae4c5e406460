package dev.evalpress.model;

/**
 * Thresholds of the degeneration detector: the longest phrase searched for a loop, the shortest
 * phrase that counts as a loop after two repeats, how many repeats make a shorter phrase a loop,
 * and n of seq-rep-n. The defaults are the published definitions (Holtzman et al. 2019; Welleck et
 * al. 2019).
 */
public record DegenerationThresholds(
    int maxPhraseLength, int minPhraseLength, int minRepeatsForShortPhrases, int seqRepN) {

  public static final DegenerationThresholds DEFAULT = new DegenerationThresholds(90, 3, 50, 4);
}
