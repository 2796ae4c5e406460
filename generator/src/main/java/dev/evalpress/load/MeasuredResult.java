package dev.evalpress.load;

import dev.evalpress.model.EvalResult;
import java.time.Instant;
import java.util.Optional;

/**
 * An eval result with the run it came from: {@code runKey} names the run (a framework's run id, or
 * the SHA-256 of the file's bytes), {@code file} is where it was read, {@code started} the run's
 * own timestamp.
 */
record MeasuredResult(EvalResult result, String runKey, String file, Optional<Instant> started) {

  MeasuredResult withResult(EvalResult other) {
    return new MeasuredResult(other, runKey, file, started);
  }
}
