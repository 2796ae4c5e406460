package dev.evalpress.build;

import dev.evalpress.load.SettingsLoader;
import dev.evalpress.problem.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * The line that says which checks a run skipped because the results have problems, so that the user
 * knows the list of problems is not all there is: "4 more checks skipped because the results have
 * problems: 2 directives and references in reports, 1 tracked:, evals: or samples: entry in
 * evalpress.yaml and 1 sample log are checked against the results once they load".
 */
final class SkippedChecks {

  private SkippedChecks() {}

  /**
   * @param results true when {@code results/} has problems; false when the settings that decide how
   *     it is read do
   * @param references directives and inline references whose targets were not checked
   * @param settings entries of {@code tracked:} and {@code evals:} not checked against the results
   * @param logs sample logs not compared with the results
   */
  static void report(Problems problems, boolean results, int references, int settings, int logs) {
    List<String> what = new ArrayList<>();
    if (references > 0) {
      what.add(
          references
              + (references == 1 ? " directive or reference" : " directives and references")
              + " in reports");
    }
    if (settings > 0) {
      what.add(
          settings
              + (settings == 1
                  ? " tracked:, evals: or samples: entry"
                  : " tracked:, evals: and samples: entries")
              + " in "
              + SettingsLoader.FILE);
    }
    if (logs > 0) {
      what.add(logs + (logs == 1 ? " sample log" : " sample logs"));
    }
    String why =
        results
            ? "the results have problems"
            : "the ignore:, imports: or evals: entries of "
                + SettingsLoader.FILE
                + " have problems, so results/ is not"
                + " read as meant";
    problems.skipped(
        references + settings + logs,
        why
            + ": "
            + joined(what)
            + (references + settings + logs == 1 ? " is" : " are")
            + " checked against the results once they load");
  }

  /** "a", "a and b", "a, b and c". */
  private static String joined(List<String> parts) {
    return parts.size() <= 1
        ? String.join("", parts)
        : String.join(", ", parts.subList(0, parts.size() - 1))
            + " and "
            + parts.get(parts.size() - 1);
  }
}
