package dev.evalpress.load.imports.lmeval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evalpress.located.JsonObject;

/**
 * The number of few-shot examples a task ran with: v0.4's {@code n-shot.TASK}, else {@code
 * config.num_fewshot} (v0.3's only record of it, one count for the whole file), else 0. A 5-shot
 * and a 0-shot run measure different things, so the count is part of the eval id.
 */
final class ShotCounts {

  private final JsonNode root;
  private final FileProblems problems;

  ShotCounts(JsonNode root, FileProblems problems) {
    this.root = root;
    this.problems = problems;
  }

  long of(String task) {
    JsonNode all = root.get("n-shot");
    if (all != null && !all.isNull() && !all.isObject()) {
      problems.once(
          "/n-shot",
          "/n-shot: expected an object of task → number of few-shot examples, got "
              + JsonObject.describe(all));
    } else if (all != null && all.has(task)) {
      JsonNode n = all.get(task);
      if (count(n)) {
        return n.longValue();
      }
      if (n.isNumber()) {
        String p = "/n-shot/" + FileProblems.escape(task);
        problems.once(
            p,
            p
                + ": expected a number of few-shot examples (an integer >= 0), got "
                + JsonObject.describe(n));
      }
      // null or text (some versions write groups so): the file's count below
    }
    JsonNode fileCount = root.path("config").get("num_fewshot");
    return count(fileCount) ? fileCount.longValue() : 0;
  }

  private static boolean count(JsonNode n) {
    return n != null && n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= 0;
  }
}
