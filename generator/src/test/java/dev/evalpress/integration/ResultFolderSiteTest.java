package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import dev.evalpress.render.format.NoteSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results folder as a lab has it: the same lm-evaluation-harness file copied into two folders, a
 * file that is not a result beside them. It builds, counts the copy once, says so on the page and
 * in the build summary.
 */
class ResultFolderSiteTest {

  /** A v0.3 results file: acc 0.5 of n = 100 (stderr √(0.25/99)), acc_norm 0.3 of n = 200. */
  private static final String V03 =
      """
      {
        "results": {
          "arc_easy": {"acc": 0.5, "acc_stderr": 0.050251890762960605, "acc_norm": 0.5, "acc_norm_stderr": 0.050251890762960605}
        },
        "versions": {"arc_easy": 0},
        "config": {"model": "hf-causal", "model_args": "pretrained=org/model-1b", "num_fewshot": 0, "batch_size": 8,
          "device": "cuda", "no_cache": false, "limit": null, "bootstrap_iters": 100000, "description_dict": {}}
      }
      """;

  private static Path root(Path dir) throws Exception {
    Path root = dir.resolve("root");
    Files.createDirectories(root.resolve("results/run-a"));
    Files.createDirectories(root.resolve("results/backup"));
    Files.writeString(root.resolve("results/run-a/model-1b.json"), V03);
    Files.writeString(root.resolve("results/backup/model-1b.json"), V03);
    Files.writeString(
        root.resolve("results/run-a/summary_2024-06-01.json"),
        "{\"tasks\": [\"arc_easy\"], \"ok\": true}");
    return root;
  }

  @Test
  void aFileThatIsNotAResultIsOneLineNamingTheSettingThatSkipsIt(@TempDir Path dir)
      throws Exception {
    Path root = root(dir);

    assertThatThrownBy(() -> new SiteBuild(root).build(dir.resolve("site")))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .startsWith("results/run-a/summary_2024-06-01.json:1:1: missing field \"kind\"")
                    .endsWith(
                        "if the file is not a result, skip it with ignore: [\"run-a/summary_2024-06-01.json\"] in"
                            + " evalpress.yaml"));
  }

  @Test
  void aByteIdenticalCopyCountsOnceAndIsNamedOnThePageAndInOneSummaryLine(@TempDir Path dir)
      throws Exception {
    Path root = root(dir);
    Files.writeString(root.resolve("evalpress.yaml"), "ignore: [summary_*.json]\n");

    BuildResult built = new SiteBuild(root).build(dir.resolve("site"));

    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));
    Document acc = site.page("evals/lm-eval/arc_easy/acc/index.html");
    assertThat(acc.select("table.eval-table tbody tr.pooled")).hasSize(1);
    assertThat(acc.select("#notes + p + table tbody tr").eachText())
        .containsExactly(
            "same run in another file org/model-1b results/run-a/model-1b.json holds the same content as"
                + " results/backup/model-1b.json; counted once. results/run-a/model-1b.json");
    assertThat(NoteSummary.lines(built.notes()))
        .containsExactly(
            "results/run-a/model-1b.json: same run in another file: results/run-a/model-1b.json holds the same content as"
                + " results/backup/model-1b.json; counted once.");
  }
}
