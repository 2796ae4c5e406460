package dev.evalpress.load;

import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Counts;

/**
 * Reads {@code k} of {@code n} from an object, as result rows and training points both write them.
 */
final class CountsReader {

  private CountsReader() {}

  /**
   * The counts, or null with the problem reported: n must be 1…{@link Counts#MAX_N} and 0 ≤ k ≤ n.
   */
  static Counts read(JsonObject o) {
    Long n = sampleSize(o);
    Long k = o.requireLong("k", 0);
    if (k == null || n == null) {
      return null;
    }
    if (k > n) {
      o.fail("k", o.pointerOf("k") + ": expected k <= n, got k = " + k + " and n = " + n);
      return null;
    }
    return new Counts(k, n);
  }

  /** The sample size {@code n}, or null with the problem reported. */
  static Long sampleSize(JsonObject o) {
    Long n = o.requireLong("n", 1);
    if (n != null && n > Counts.MAX_N) {
      o.fail("n", o.pointerOf("n") + ": expected a sample size <= " + Counts.MAX_N + ", got " + n);
      return null;
    }
    return n;
  }
}
