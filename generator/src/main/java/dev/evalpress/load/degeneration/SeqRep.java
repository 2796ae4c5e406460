package dev.evalpress.load.degeneration;

/**
 * seq-rep-n, the share of duplicate n-grams within one output, as defined by Welleck, Kulikov,
 * Roller, Dinan, Cho and Weston, <i>Neural Text Generation with Unlikelihood Training</i>, ICLR
 * 2020 (arXiv:1908.04319): {@code seq-rep-n = 1 − |unique n-grams(x)| / |n-grams(x)|}. Reference
 * code: function {@code ngram_metrics} in {@code custom/metrics.py} of
 * github.com/facebookresearch/unlikelihood_training (read at commit {@code
 * 723747171a3fa909cda68df399e39f0a3e5067d9}), {@code 1.0 - len(Counter(ngrams(tokens, n))) /
 * len(ngrams)}, where the n-grams are the {@code T − n + 1} overlapping windows of {@code n}
 * consecutive tokens. The paper reports it for n = 4 on the generated continuation; here it is
 * applied to the whole output, over whitespace tokens ({@link WhitespaceTokens}). With fewer than
 * {@code n} tokens there are no n-grams (the reference divides by zero) and the value is defined as
 * 0.
 *
 * <h2>Algorithm</h2>
 *
 * One pass over the n-grams with an open-addressing hash table (linear probing, load at most 2/3)
 * held in a single primitive {@code long[]}: each slot packs 32 bits of the n-gram's 64-bit hash
 * with the position of its first occurrence. The hash is a rolling polynomial over the tokens'
 * 64-bit keys (see {@link WhitespaceTokens}), finished with {@code fmix64}. A fingerprint match is
 * confirmed by comparing the n tokens exactly ({@link WhitespaceTokens#same}), so the result is
 * exact, not probabilistic: a hash collision only costs one extra comparison. When n-gram {@code i}
 * duplicates n-gram {@code j} and n-gram {@code i+1} is found equal-hashed to {@code j+1}, only
 * their last tokens are compared, the others having just been. Cost: {@code O(T)} expected, plus
 * about one token comparison per duplicate n-gram inside a loop.
 *
 * <p>Stateless and thread-safe.
 */
final class SeqRep {

  private static final long MULTIPLIER = 0xD6E8FEB86659FD93L;

  private SeqRep() {}

  /** seq-rep-{@code n} of {@code tokens}; 0 when there are fewer than {@code n} tokens. */
  static double of(WhitespaceTokens tokens, int n) {
    int t = tokens.count;
    if (n < 1) {
      throw new IllegalArgumentException("n must be >= 1, was " + n);
    }
    if (t < n) {
      return 0.0;
    }
    int grams = t - n + 1;
    int unique = countUnique(tokens, n, grams);
    return 1.0 - (double) unique / grams;
  }

  private static int countUnique(WhitespaceTokens tokens, int n, int grams) {
    long[] keys = tokens.keys;
    // load factor at most 2/3
    int capacity =
        (int) Math.min(1 << 30, Math.max(8L, Long.highestOneBit(grams + (grams >> 1)) << 1));
    int mask = capacity - 1;
    long[] table = new long[capacity]; // (fingerprint << 32) | (first position + 1); 0 = empty
    long topPower = 1; // MULTIPLIER^(n-1), the weight of the n-gram's first token
    long h = 0;
    for (int k = 0; k < n; k++) {
      h = h * MULTIPLIER + keys[k];
      if (k > 0) {
        topPower *= MULTIPLIER;
      }
    }
    int unique = 0;
    int lastDuplicate = -2; // last n-gram found equal to an earlier one, and that earlier one
    int lastOriginal = -2;
    for (int i = 0; i < grams; i++) {
      if (i > 0) {
        h = (h - keys[i - 1] * topPower) * MULTIPLIER + keys[i + n - 1];
      }
      long mixed = WhitespaceTokens.mix(h);
      long fingerprint = mixed & 0xFFFF_FFFF_0000_0000L;
      int slot = (int) mixed & mask;
      while (true) {
        long entry = table[slot];
        if (entry == 0) {
          table[slot] = fingerprint | (i + 1);
          unique++;
          break;
        }
        int original = (int) entry - 1;
        if ((entry & 0xFFFF_FFFF_0000_0000L) == fingerprint
            && (original == lastOriginal + 1 && i == lastDuplicate + 1
                ? tokens.same(original + n - 1, i + n - 1) // n-1 tokens already compared
                : sameGram(tokens, original, i, n))) {
          lastDuplicate = i;
          lastOriginal = original;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return unique;
  }

  private static boolean sameGram(WhitespaceTokens tokens, int a, int b, int n) {
    for (int k = 0; k < n; k++) {
      if (!tokens.same(a + k, b + k)) {
        return false;
      }
    }
    return true;
  }
}
