package dev.evalpress.build;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a build runs, as opposed to what it builds: the number of worker threads, the instant that
 * stands for the build's time, and who is told how far it has got. The output depends on neither
 * {@code threads} nor {@code progress}. {@code sourceDate} is the reproducible-builds {@code
 * SOURCE_DATE_EPOCH}: when present, pages say on which day (UTC) the site was built and every
 * written file and folder gets it as its modification time; when empty, pages carry no timestamp.
 * The library never reads the environment itself; the CLI does. {@code progress} hears of each
 * stage and item (see {@link BuildProgress}).
 */
public record BuildOptions(int threads, Optional<Instant> sourceDate, BuildProgress progress) {

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
    Objects.requireNonNull(progress, "progress");
  }

  /** Options that report no progress. */
  public BuildOptions(int threads, Optional<Instant> sourceDate) {
    this(threads, sourceDate, BuildProgress.NONE);
  }

  /** One thread per available processor, no timestamp. */
  public static BuildOptions defaults() {
    return new BuildOptions(
        Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()), Optional.empty());
  }

  public BuildOptions withThreads(int n) {
    return new BuildOptions(n, sourceDate, progress);
  }

  public BuildOptions withSourceDate(Instant date) {
    return new BuildOptions(threads, Optional.of(date), progress);
  }

  public BuildOptions withProgress(BuildProgress listener) {
    return new BuildOptions(threads, sourceDate, listener);
  }
}
