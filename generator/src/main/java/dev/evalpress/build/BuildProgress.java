package dev.evalpress.build;

/**
 * Told how far a long call has got, for a progress bar: which stage runs, how many items it has
 * done and, when known, how many it will do. {@link #NONE} ignores everything; the output never
 * depends on the listener.
 *
 * <p>{@link #advance} is called from the workers of parallel stages, once per item, so an
 * implementation must be thread-safe and cheap (an atomic increment); {@link #start} comes from the
 * thread that called the library, between stages.
 */
public interface BuildProgress {

  /** Ignores every report: what the library does unless told otherwise. */
  BuildProgress NONE = new BuildProgress() {};

  /** The stages of a build or an import, in the order they run. */
  enum Stage {
    READING,
    ANALYSING,
    RENDERING,
    WRITING
  }

  /** What a stage counts. */
  enum Unit {
    FILES,
    PAGES,
    BYTES,
    /** A stage that counts nothing: only that it runs. */
    NONE
  }

  /**
   * A stage begins; its count starts at zero.
   *
   * @param total how many units it will do, or -1 when that is not known in advance
   */
  default void start(Stage stage, Unit unit, long total) {}

  /** {@code units} more units of the current stage are done. */
  default void advance(long units) {}
}
