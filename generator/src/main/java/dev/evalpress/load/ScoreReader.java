package dev.evalpress.load;

import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Score;
import java.util.List;

/** Reads a mean score with its standard error over {@code n} samples, as result rows and training points write it. */
final class ScoreReader {

  private ScoreReader() {}

  /** The score, or null with the problem reported: stderr ≥ 0, values within ±{@link Score#MAX_MAGNITUDE}. */
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
    return mean == null || stderr == null || n == null ? null : new Score(mean, stderr, n);
  }
}
