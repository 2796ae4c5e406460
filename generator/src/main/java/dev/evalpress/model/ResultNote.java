package dev.evalpress.model;

import java.util.Optional;

/**
 * Something a reader of the results should know that is not a number: a metric or file left out and
 * why, a direction that was assumed, a run found in several files, an earlier run superseded by a
 * rerun. Notes are never problems (they do not stop a build); each is shown on the page of what it
 * belongs to (its eval, else its model) and in the build summary.
 *
 * @param evalId the eval the note belongs to, if any
 * @param modelId the model the note belongs to, if any
 * @param message one sentence, plain text, naming what and why
 * @param source where in the input the note comes from
 */
public record ResultNote(
    Kind kind, Optional<String> evalId, Optional<String> modelId, String message, Source source) {

  /** What the note says, in the order the build summary lists them. */
  public enum Kind {
    /** A metric, result or file that was not imported, with the reason. */
    LEFT_OUT("left out"),
    /**
     * A direction (lower- or higher-is-better) that the input did not state and that was assumed.
     */
    DIRECTION_ASSUMED("direction assumed"),
    /**
     * A sample size not in the file, taken from elsewhere (another metric, the same eval in the
     * series).
     */
    SAMPLE_SIZE_FROM_ELSEWHERE("sample size from elsewhere"),
    /** The same run, also in another file: counted once. */
    SAME_RUN("same run in another file"),
    /** An earlier run of the same eval on the same model, superseded by a later one. */
    EARLIER_RUN("earlier run"),
    /** Runs of one eval on one model pooled into one result. */
    POOLED_RUNS("runs pooled");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * The order notes are listed in, whatever order the files were read in: by place, then kind and
   * text.
   */
  public static final java.util.Comparator<ResultNote> ORDER =
      java.util.Comparator.comparing((ResultNote n) -> n.source().path())
          .thenComparingInt(n -> n.source().line())
          .thenComparingInt(n -> n.source().column())
          .thenComparing(ResultNote::kind)
          .thenComparing(n -> n.evalId().orElse(""))
          .thenComparing(n -> n.modelId().orElse(""))
          .thenComparing(ResultNote::message);

  /** A note about one eval (on one model, if given). */
  public static ResultNote ofEval(
      Kind kind, String evalId, Optional<String> modelId, String message, Source source) {
    return new ResultNote(kind, Optional.of(evalId), modelId, message, source);
  }
}
