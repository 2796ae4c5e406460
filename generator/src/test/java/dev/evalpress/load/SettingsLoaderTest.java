package dev.evalpress.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.RerunPolicy;
import dev.evalpress.model.ResultSettings;
import dev.evalpress.model.SiteSettings;
import dev.evalpress.model.StatisticsSettings;
import dev.evalpress.model.TrackedEval;
import dev.evalpress.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

  @Test
  void missingFileGivesDefaults(@TempDir Path root) {
    Problems problems = new Problems();
    assertThat(SettingsLoader.load(root, problems)).isEqualTo(SiteSettings.DEFAULT);
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void readsTitleAndKeepsDefaultDescription(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("evalpress.yaml"), "title: My evals\n");
    Problems problems = new Problems();
    SiteSettings settings = SettingsLoader.load(root, problems);
    assertThat(settings.title()).isEqualTo("My evals");
    assertThat(settings.description()).isEqualTo(SiteSettings.DEFAULT.description());
  }

  @Test
  void readsStatisticsAndTrackedEvals(@TempDir Path root) throws Exception {
    Files.writeString(
        root.resolve("evalpress.yaml"),
        String.join(
            "\n",
            "statistics: {interval: clopper-pearson, level: 0.9, alpha: 0.01}",
            "tracked:",
            "  - eval: am/blackmail",
            "    threshold: 0.05",
            "  - eval: syco",
            "    allow-regression: true",
            ""));
    Problems problems = new Problems();
    SiteSettings settings = SettingsLoader.load(root, problems);
    assertThat(problems.list()).isEmpty();
    assertThat(settings.statistics())
        .isEqualTo(new StatisticsSettings("clopper-pearson", 0.9, 0.01));
    assertThat(settings.statistics().levelLabel()).isEqualTo("90%");
    assertThat(settings.tracked())
        .extracting(TrackedEval::evalId)
        .containsExactly("am/blackmail", "syco");
    assertThat(settings.tracked("am/blackmail").orElseThrow().threshold().getAsDouble())
        .isEqualTo(0.05);
    assertThat(settings.tracked("am/blackmail").orElseThrow().allowRegression()).isFalse();
    assertThat(settings.tracked("syco").orElseThrow().allowRegression()).isTrue();
  }

  @Test
  void badStatisticsAreReported(@TempDir Path root) throws Exception {
    Files.writeString(
        root.resolve("evalpress.yaml"),
        "statistics:\n  interval: wald\n  level: 95\ntracked:\n  - eval: x\n  - eval: x\n");
    Problems problems = new Problems();
    SettingsLoader.load(root, problems);
    assertThat(problems.list())
        .extracting(Object::toString)
        .containsExactly(
            "evalpress.yaml:2:13: /statistics/interval: expected one of wilson, clopper-pearson, got \"wald\"",
            "evalpress.yaml:3:10: /statistics/level: expected a number between 0.5 and 1 (exclusive), got 95.0",
            "evalpress.yaml:6:11: /tracked/1/eval: eval \"x\" is tracked twice");
  }

  @Test
  void unknownFieldsAndWrongTypesAreReportedWithTheirLine(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("evalpress.yaml"), "title: ok\ntitel: typo\ndescription: [1]\n");
    Problems problems = new Problems();
    SettingsLoader.load(root, problems);
    assertThat(problems.list())
        .extracting(Object::toString)
        .containsExactly(
            "evalpress.yaml:2:8: unknown field \"titel\" in the top-level object; expected one of [description, evals, ignore, imports, samples, statistics, title, tracked]",
            "evalpress.yaml:3:14: /description: expected a string, got an array");
  }

  @Test
  void readsIgnoreImportsAndEvalRules(@TempDir Path root) throws Exception {
    Files.writeString(
        root.resolve("evalpress.yaml"),
        String.join(
            "\n",
            "ignore: [summary_*.json, tools/**]",
            "imports:",
            "  - files: neox/**/*.json",
            "    model: pythia-160m",
            "    step: /config/model_args/iteration",
            "evals:",
            "  - eval: lm-eval/crows_pairs*/**",
            "    category: other",
            "    direction: lower-is-better",
            "  - eval: inspect/**",
            "    reruns: pool",
            ""));
    Problems problems = new Problems();
    ResultSettings settings = SettingsLoader.load(root, problems).results();
    assertThat(problems.list()).isEmpty();
    assertThat(settings.ignoring("lm-eval/run1/summary_2024.json")).isPresent();
    assertThat(settings.ignoring("tools/x/config.json")).isPresent();
    assertThat(settings.ignoring("lm-eval/results_2024.json")).isEmpty();
    assertThat(settings.importRule("neox/160m/step1000.json").orElseThrow().step())
        .contains("/config/model_args/iteration");
    assertThat(settings.importRule("other/step1000.json")).isEmpty();
    assertThat(
            settings
                .categoryRule("lm-eval/crows_pairs_english/pct_stereotype")
                .orElseThrow()
                .category())
        .contains(dev.evalpress.model.Category.OTHER);
    assertThat(settings.directionRule("lm-eval/crows_pairs_english/pct_stereotype")).isPresent();
    assertThat(settings.reruns("inspect/popularity")).isEqualTo(RerunPolicy.POOL);
    assertThat(settings.reruns("lm-eval/x/acc")).isEqualTo(RerunPolicy.LATEST);
  }

  @Test
  void badResultSettingsAreReportedAtTheirPlace(@TempDir Path root) throws Exception {
    Files.writeString(
        root.resolve("evalpress.yaml"),
        String.join(
            "\n",
            "ignore: ['a[']",
            "imports:",
            "  - files: neox/**",
            "    model: pythia",
            "    step: config.iteration",
            "evals:",
            "  - eval: inspect/**",
            "    reruns: newest",
            "  - eval: x/*",
            ""));
    Problems problems = new Problems();
    SettingsLoader.load(root, problems);
    assertThat(problems.list())
        .extracting(Object::toString)
        .containsExactly(
            "evalpress.yaml:1:9: /ignore: not a valid glob \"a[\": Missing ']",
            "evalpress.yaml:5:11: /imports/0/step: expected a JSON pointer into the file, such as"
                + " /config/model_args/iteration, got \"config.iteration\"",
            "evalpress.yaml:8:13: /evals/0/reruns: expected one of latest, pool, error, got \"newest\"",
            "evalpress.yaml:9:5: an entry of evals: sets nothing at /evals/1: expected category, direction or reruns");
  }
}
