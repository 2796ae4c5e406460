package dev.evalpress.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.problem.Problems;
import org.junit.jupiter.api.Test;

class SkippedChecksTest {

  @Test
  void countsWhatWaitsAndSaysWhy() {
    Problems problems = new Problems();
    SkippedChecks.report(problems, true, 2, 1, 1);
    SkippedChecks.report(problems, false, 1, 0, 0);
    SkippedChecks.report(problems, true, 0, 0, 0);
    assertThat(problems.skippedChecks())
        .containsExactly(
            "4 more checks skipped because the results have problems: 2 directives and references in reports, 1"
                + " tracked:, evals: or samples: entry in evalpress.yaml and 1 sample log are checked against the results once"
                + " they load",
            "1 more check skipped because the ignore:, imports: or evals: entries of evalpress.yaml have problems, so"
                + " results/ is not read as meant: 1 directive or reference in reports is checked against the results"
                + " once they load");
  }
}
