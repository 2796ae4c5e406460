package dev.evalpress.load.imports.inspect;

import dev.evalpress.load.internal.Ids;
import java.util.ArrayList;
import java.util.List;

/**
 * The eval ids an Inspect log gives: {@code inspect/} and the task name's {@code /}-separated
 * parts, each made a segment by {@link Ids#segment} (the one rule for every segment built from a
 * name the log wrote), with {@code /epochs-N} for a log of several epochs and one more segment per
 * scorer when a log has several. A name that leaves nothing gets a fallback segment ({@code task},
 * {@code scorer}), so no name stops an import.
 */
final class InspectEvalIds {

  static final String TASK_FALLBACK = "task";
  static final String SCORER_FALLBACK = "scorer";

  private InspectEvalIds() {}

  /**
   * {@code inspect/TASK}, with {@code /epochs-N} when {@code epochs} > 1: several epochs reduce
   * each sample to a mean, a different measurement from one epoch's scores, so it is a different
   * eval and the two never mix in one rate. The id may still break the id rules (a reserved name
   * such as {@code con}); the caller checks.
   */
  static String ofTask(String task, long epochs) {
    List<String> segments = new ArrayList<>();
    for (String part : task.split("/", -1)) {
      String segment = Ids.segment(part);
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    String id = "inspect/" + (segments.isEmpty() ? TASK_FALLBACK : String.join("/", segments));
    return epochs > 1 ? id + "/epochs-" + epochs : id;
  }

  /**
   * The segment of one scorer's label ({@code /} included in the one segment), or {@code scorer}.
   */
  static String scorerSegment(String label) {
    String segment = Ids.segment(label);
    return segment.isEmpty() ? SCORER_FALLBACK : segment;
  }
}
