package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.SiteBuild;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model versions whose release date nobody recorded: no made-up date anywhere, and a release order
 * all the same.
 */
class UndatedModelsSiteTest {

  private static final String CHECKPOINTS = "EleutherAI/pythia-160m@step";

  @Test
  void importedCheckpointsWithoutDatesShowNoDateAndFollowTheirSteps(@TempDir Path dir)
      throws Exception {
    LmEvalV03Files.pythiaCheckpoints(dir.resolve("root/results"));
    Files.createDirectories(dir.resolve("root/content"));
    BuiltSite site = BuiltSite.build(dir.resolve("root"), dir.resolve("site"));
    SiteChecks.linksResolve(site);

    for (String page : site.htmlPages()) {
      assertThat(site.text(page)).as(page).doesNotContain("1970");
    }
    Document model = site.page("models/eleutherai-pythia-160m-step1000/index.html");
    assertThat(model.select("dl.facts dt").eachText()).doesNotContain("Released");
    Document index = site.page("index.html");
    assertThat(site.page("models/index.html").select("table.model-index td.date"))
        .isNotEmpty()
        .allSatisfy(released -> assertThat(released.text()).isEmpty());
    Document eval = site.page("evals/lm-eval/lambada_openai/acc/index.html");
    assertThat(eval.select("table.eval-table tbody th[scope=rowgroup]").eachText())
        .containsExactly(CHECKPOINTS + "128", CHECKPOINTS + "1000", CHECKPOINTS + "143000");
    // the latest checkpoint is the family's latest version, not every checkpoint
    assertThat(index.select(".dashboard-eval tbody tr td:eq(1)").eachText())
        .containsOnly(CHECKPOINTS + "143000");
  }

  @Test
  void aModelsFileMayLeaveOutDatesAndUndatedVersionsComeAfterDatedOnes(@TempDir Path dir)
      throws Exception {
    Path root = dir.resolve("root");
    Files.createDirectories(root.resolve("results"));
    Files.writeString(
        root.resolve("results/models.json"),
        """
        {"kind": "models", "version": 1, "models": [
          {"id": "ckpt-10", "name": "Checkpoint 10", "family": "ckpt"},
          {"id": "ckpt-9", "name": "Checkpoint 9", "family": "ckpt"},
          {"id": "ckpt-final", "name": "Final", "family": "ckpt", "released": "2025-06-01"},
          {"id": "ckpt-base", "name": "Base", "family": "ckpt", "released": "2025-06-01"},
          {"id": "other", "name": "Other", "family": "other", "predecessor": "ckpt-base"}
        ]}
        """,
        StandardCharsets.UTF_8);
    for (String model : new String[] {"ckpt-10", "ckpt-9", "ckpt-final", "ckpt-base", "other"}) {
      Files.writeString(
          root.resolve("results/" + model + ".json"),
          "{\"kind\": \"eval-result\", \"version\": 1,"
              + " \"eval\": {\"id\": \"x\", \"title\": \"X\", \"metric\": \"x_rate\", \"category\": \"misalignment\","
              + " \"direction\": \"lower-is-better\"}, \"model\": \""
              + model
              + "\", \"results\": [{\"k\": 9, \"n\": 100}]}",
          StandardCharsets.UTF_8);
    }
    Files.writeString(
        root.resolve("evalpress.yaml"), "tracked:\n  - eval: x\n    threshold: 0.05\n");
    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));

    Document eval = site.page("evals/x/index.html");
    assertThat(eval.select("table.eval-table tbody th[scope=rowgroup]").eachText())
        .containsExactly("Base", "Final", "Checkpoint 9", "Checkpoint 10", "Other");
    assertThat(site.page("models/ckpt-10/index.html").select("dl.facts dt").eachText())
        .doesNotContain("Released");
    assertThat(site.page("models/ckpt-final/index.html").select("dl.facts dd").eachText())
        .contains("2025-06-01");
    Document index = site.page("index.html");
    assertThat(index.select(".dashboard-eval tbody tr td:eq(1)").eachText())
        .containsExactly("Checkpoint 10", "Other");
    assertThat(new SiteBuild(root).check().gateFindings())
        .extracting(f -> f.model().id())
        .containsExactly("ckpt-10", "other");
  }
}
