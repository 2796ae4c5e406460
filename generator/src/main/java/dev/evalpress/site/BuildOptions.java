package dev.evalpress.site;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a build runs, as opposed to what it builds: the number of worker threads, and the instant that stands
 * for the build's time. The output does not depend on {@code threads}. {@code sourceDate} is the
 * reproducible-builds {@code SOURCE_DATE_EPOCH}: when present, pages say on which day (UTC) the site was
 * built and every written file and folder gets it as its modification time; when empty, pages carry no
 * timestamp. The library never reads the environment itself; the CLI does.
 */
public record BuildOptions(int threads, Optional<Instant> sourceDate) {

  public BuildOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
    }
    Objects.requireNonNull(sourceDate, "sourceDate");
  }

  /** One thread per available processor, no timestamp. */
  public static BuildOptions defaults() {
    return new BuildOptions(Runtime.getRuntime().availableProcessors(), Optional.empty());
  }

  public BuildOptions withThreads(int n) {
    return new BuildOptions(n, sourceDate);
  }

  public BuildOptions withSourceDate(Instant date) {
    return new BuildOptions(threads, Optional.of(date));
  }
}
