package dev.evalpress.load.imports.lmeval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.located.JsonObject;
import dev.evalpress.model.Direction;
import java.util.Optional;
import java.util.Set;

/**
 * Whether lower or higher is better for a metric: the file's {@code higher_is_better.TASK.METRIC}
 * (v0.4 and later), else the direction the harness itself declares for the metric's name, else
 * higher-is-better, assumed and said so.
 *
 * <p>The declared directions, from EleutherAI/lm-evaluation-harness (the test resource {@code
 * imports/lm-eval/harness-metric-directions.csv} lists each with its file and commit, and {@code
 * MetricDirectionsTest} checks these sets against it):
 *
 * <ul>
 *   <li>v0.4's metric registry, {@code lm_eval/api/metrics.py} (commit 001722ba), {@code
 *       register_metric(…, higher_is_better=False)}: brier_score, mae, perplexity, word_perplexity,
 *       byte_perplexity, bits_per_byte; and {@code True}: acc, acc_norm, acc_mutual_info, acc_all,
 *       exact_match, mcc, f1, bleu, chrf, bypass;
 *   <li>v0.4's CrowS-Pairs configs ({@code lm_eval/tasks/crows_pairs/*.yaml}): likelihood_diff and
 *       pct_stereotype lower-is-better;
 *   <li>the v0.3 tasks' {@code higher_is_better()}: {@code ppl} (lambada, lambada_cloze,
 *       lambada_multilingual), word_perplexity, byte_perplexity and bits_per_byte (wikitext, pile,
 *       and every perplexity task), {@code ter} (translation) and likelihood_difference
 *       (crowspairs) lower-is-better.
 * </ul>
 *
 * Two conflicts are settled for the reader: v0.4's registry registers {@code ter} (translation
 * error rate) as higher-is-better, which v0.3 and the metric's meaning contradict, and some v0.3
 * revisions of crowspairs mark pct_stereotype higher-is-better beside the comment that all its
 * metrics are lower-is-better, which v0.4's configs correct. A v0.4 file states its own directions
 * in {@code higher_is_better} anyway.
 */
final class MetricDirections {

  static final Set<String> LOWER_IS_BETTER =
      Set.of(
          "brier_score",
          "mae",
          "perplexity",
          "word_perplexity",
          "byte_perplexity",
          "bits_per_byte",
          "likelihood_diff",
          "pct_stereotype",
          "ppl",
          "ter",
          "likelihood_difference");

  static final Set<String> HIGHER_IS_BETTER =
      Set.of(
          "acc",
          "acc_norm",
          "acc_mutual_info",
          "acc_all",
          "exact_match",
          "mcc",
          "f1",
          "bleu",
          "chrf",
          "bypass");

  /**
   * A metric's direction, and whether it was assumed (neither the file nor the harness gives it).
   */
  record Decided(Direction direction, boolean assumed) {}

  private final JsonNode root;
  private final FileProblems problems;

  MetricDirections(JsonNode root, FileProblems problems) {
    this.root = root;
    this.problems = problems;
  }

  /** The direction the harness declares for a metric name, if it declares one. */
  static Optional<Direction> declared(String base) {
    if (LOWER_IS_BETTER.contains(base)) {
      return Optional.of(Direction.LOWER_IS_BETTER);
    }
    return HIGHER_IS_BETTER.contains(base)
        ? Optional.of(Direction.HIGHER_IS_BETTER)
        : Optional.empty();
  }

  Decided of(String task, String base) {
    return fromFile(task, base)
        .map(d -> new Decided(d, false))
        .or(() -> declared(base).map(d -> new Decided(d, false)))
        .orElse(new Decided(Direction.HIGHER_IS_BETTER, true));
  }

  private Optional<Direction> fromFile(String task, String base) {
    JsonNode hib = root.get("higher_is_better");
    if (hib == null || hib.isNull()) {
      return Optional.empty();
    }
    if (!hib.isObject()) {
      problems.once(
          "/higher_is_better",
          "/higher_is_better: expected an object of task → metric → true or"
              + " false, got "
              + JsonObject.describe(hib));
      return Optional.empty();
    }
    JsonNode t = hib.get(task);
    String tp = "/higher_is_better/" + FileProblems.escape(task);
    if (t == null || t.isNull()) {
      return Optional.empty();
    }
    if (!t.isObject()) {
      problems.once(
          tp, tp + ": expected an object of metric → true or false, got " + JsonObject.describe(t));
      return Optional.empty();
    }
    JsonNode b = t.get(base);
    if (b == null || b.isNull()) {
      return Optional.empty();
    }
    if (b.isBoolean()) {
      return Optional.of(b.booleanValue() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER);
    }
    String bp = tp + "/" + FileProblems.escape(base);
    problems.once(bp, bp + ": expected true or false, got " + JsonObject.describe(b));
    return Optional.empty();
  }
}
