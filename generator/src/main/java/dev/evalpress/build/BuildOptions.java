package dev.evalpress.build;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a build runs, as opposed to what it builds: the number of worker threads, and the instant
 * that stands for the build's time. The output does not depend on {@code threads}. {@code
 * sourceDate} is the reproducible-builds {@code SOURCE_DATE_EPOCH}: when present, pages say on
 * which day (UTC) the site was built and every written file and folder gets it as its modification
 * time; when empty, pages carry no timestamp. The library never reads the environment itself; the
 * CLI does.
 */
public record BuildOptions(int threads, Optional<Instant> sourceDate) {

  /**
   * More threads than this never speed a build up (the work is CPU-bound) and could exhaust the
   * system's.
   */
  public static final int MAX_THREADS = 256;

  public BuildOptions {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException(
          "threads: expected 1 to " + MAX_THREADS + ", got " + threads);
    }
    Objects.requireNonNull(sourceDate, "sourceDate");
  }

  /** One thread per available processor, no timestamp. */
  public static BuildOptions defaults() {
    return new BuildOptions(
        Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()), Optional.empty());
  }

  public BuildOptions withThreads(int n) {
    return new BuildOptions(n, sourceDate);
  }

  public BuildOptions withSourceDate(Instant date) {
    return new BuildOptions(threads, Optional.of(date));
  }
}
