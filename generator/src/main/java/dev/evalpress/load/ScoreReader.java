package dev.evalpress.load;

import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Score;
import dev.evalpress.model.ScoreBounds;
import java.util.List;
import java.util.Optional;

/**
 * Reads a mean score with its standard error over {@code n} samples, as result rows and training
 * points write it.
 */
final class ScoreReader {

  private ScoreReader() {}

  /**
   * The score, or null with the problem reported: stderr ≥ 0, values within ±{@link
   * Score#MAX_MAGNITUDE}.
   */
  static Score read(JsonObject o) {
    Long n = CountsReader.sampleSize(o);
    Double mean = o.number("mean");
    Double stderr = o.number("stderr");
    if (stderr != null && stderr < 0) {
      o.fail("stderr", o.pointerOf("stderr") + ": expected a standard error >= 0, got " + stderr);
      return null;
    }
    for (String field : List.of("mean", "stderr")) {
      Double v = field.equals("mean") ? mean : stderr;
      if (v != null && Math.abs(v) > Score.MAX_MAGNITUDE) {
        o.fail(field, o.pointerOf(field) + ": expected a value between -1e15 and 1e15, got " + v);
        return null;
      }
    }
    if (mean == null || stderr == null || n == null) {
      return null;
    }
    if (!o.has("bounds")) {
      return new Score(mean, stderr, n);
    }
    com.fasterxml.jackson.databind.JsonNode b = o.raw("bounds");
    if (!b.isArray()
        || b.size() != 2
        || !b.get(0).isNumber()
        || !b.get(1).isNumber()
        || !(b.get(0).doubleValue() < b.get(1).doubleValue())
        || Math.abs(b.get(0).doubleValue()) > Score.MAX_MAGNITUDE
        || Math.abs(b.get(1).doubleValue()) > Score.MAX_MAGNITUDE) {
      o.fail(
          "bounds",
          o.pointerOf("bounds")
              + ": expected [lower, upper], two numbers with lower < upper, such as"
              + " [0, 1], got "
              + (b.isArray() && b.toString().length() <= 60
                  ? b.toString()
                  : JsonObject.describe(b)));
      return null;
    }
    ScoreBounds bounds = new ScoreBounds(b.get(0).doubleValue(), b.get(1).doubleValue());
    if (!bounds.contains(mean)) {
      o.fail(
          "mean",
          o.pointerOf("mean")
              + ": expected a mean within its bounds ["
              + bounds.lower()
              + ", "
              + bounds.upper()
              + "], got "
              + mean);
      return null;
    }
    return new Score(mean, stderr, n, Optional.of(bounds));
  }
}
