package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import dev.evalpress.model.ResultNote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Result folders in the shapes labs have them build a site as they are: a checkpoint series of
 * lm-eval v0.3 files in 0-shot and 5-shot, a v0.4 output folder with its summary and samples files,
 * an Inspect log folder with a rerun, a cancelled and an unscored log, and the shared folder of
 * real files when it is beside the project.
 */
class RealFolderShapesSiteTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /**
   * A v0.3 lambada_openai result: accuracy k/n (stderr as the harness computes it) and a
   * perplexity.
   */
  private static void v03(Path file, String revision, int shots, long k, long n, double ppl)
      throws IOException {
    double acc = (double) k / n;
    double stderr = Math.sqrt(acc * (1 - acc) / (n - 1));
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        String.format(
            Locale.ROOT,
            """
        {"results": {"lambada_openai": {"ppl": %s, "ppl_stderr": %s, "acc": %s, "acc_stderr": %s}},
         "versions": {"lambada_openai": 0},
         "config": {"model": "gpt2", "model_args": "pretrained=EleutherAI/pythia-160m,revision=%s",
           "num_fewshot": %d, "batch_size": 32, "device": "cuda:0", "no_cache": true, "limit": null,
           "bootstrap_iters": 100000, "description_dict": {}}}
        """,
            ppl,
            ppl / 40,
            acc,
            stderr,
            revision,
            shots),
        StandardCharsets.UTF_8);
  }

  @Test
  void anLmEvalV03CheckpointSeriesIn0And5ShotReadsRightAndDropsNothing() throws Exception {
    Path root = dir.resolve("root");
    Path results = root.resolve("results/pythia");
    v03(results.resolve("0-shot/step0.json"), "step0", 0, 0, 5153, 3_400_000.0);
    v03(results.resolve("0-shot/step512.json"), "step512", 0, 0, 5153, 142_000.0);
    v03(results.resolve("0-shot/step1000.json"), "step1000", 0, 1000, 5153, 142.4);
    v03(results.resolve("0-shot/step143000.json"), "step143000", 0, 3336, 5153, 3.9);
    v03(results.resolve("5-shot/step143000.json"), "step143000", 5, 3500, 5153, 3.5);

    BuildResult built = new SiteBuild(root).build(dir.resolve("site"));
    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));

    // perplexity is lower-is-better, whatever file it comes from
    Document ppl = site.page("evals/lm-eval/lambada_openai/ppl/index.html");
    assertThat(ppl.select("dl.facts").text()).contains("Direction lower is better");
    // checkpoints in numeric order, none dated 1970, step 0 and 512 not dropped: n comes from the
    // series
    assertThat(ppl.select("table.eval-table tbody th[scope=rowgroup]").eachText())
        .containsExactly(
            "EleutherAI/pythia-160m@step0",
            "EleutherAI/pythia-160m@step512",
            "EleutherAI/pythia-160m@step1000",
            "EleutherAI/pythia-160m@step143000");
    assertThat(ppl.select("table.eval-table tbody tr.pooled td:eq(1)").eachText())
        .containsOnly("5,153");
    assertThat(site.htmlPages()).noneMatch(p -> site.text(p).contains("1970-01-01"));
    Document acc = site.page("evals/lm-eval/lambada_openai/acc/index.html");
    assertThat(acc.select("#notes + p + table tbody tr").eachText())
        .anySatisfy(
            row ->
                assertThat(row)
                    .startsWith(
                        "sample size from elsewhere EleutherAI/pythia-160m@step0 n = 5153"));
    assertThat(built.notes()).filteredOn(n -> n.kind() == ResultNote.Kind.LEFT_OUT).isEmpty();
    // the 5-shot file is its own eval, not a second measurement of step143000
    Document fiveShot = site.page("evals/lm-eval/lambada_openai/acc/5-shot/index.html");
    assertThat(fiveShot.select("table.eval-table tbody th[scope=rowgroup]").eachText())
        .containsExactly("EleutherAI/pythia-160m@step143000");
    // the training run starts at step 0
    Document run = site.page("runs/eleutherai-pythia-160m/index.html");
    assertThat(run.select("table:not(.figure-data-table) tbody tr td:eq(0)").eachText())
        .startsWith("0", "512", "1,000");
  }

  @Test
  void anLmEvalV04OutputFolderWithSummaryAndSamplesFilesBuilds() throws Exception {
    Path root = dir.resolve("root");
    BuiltSite.copy(
        Path.of("src/test/resources/imports/samples/lm-eval"), root.resolve("results/org__model"));
    Files.writeString(
        root.resolve("results/org__model/summary_2024-06-01T10-00-00.123456.json"),
        "{\"model\": \"org/model\", \"tasks\": [\"arc_mini\", \"gsm8k_mini\"], \"wall_time\": 812.5}");
    Files.writeString(root.resolve("evalpress.yaml"), "ignore: [summary_*.json]\n");

    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));

    assertThat(site.files())
        .anyMatch(f -> f.startsWith("evals/lm-eval/arc_mini/"))
        .anyMatch(f -> f.startsWith("samples/lm-eval/arc_mini/"));
  }

  @Test
  void anInspectLogFolderWithARerunACancelledAndAnUnscoredLogBuilds() throws Exception {
    Path root = dir.resolve("root");
    Path logs = root.resolve("results/logs");
    Files.createDirectories(logs);
    Path inspect = Path.of("src/test/resources/imports/inspect");
    Files.copy(
        inspect.resolve("success-ci.json"), logs.resolve("2025-05-12T20-28-13_popularity.json"));
    ObjectNode rerun = (ObjectNode) JSON.readTree(inspect.resolve("success-ci.json").toFile());
    ((ObjectNode) rerun.get("eval"))
        .put("eval_id", "Rerun7dQ2kLpR8sVw3nYt5aB")
        .put("run_id", "RerunkL9mNp2QrS6tUv8wXy")
        .put("created", "2025-05-13T09:00:00-04:00");
    JSON.writeValue(logs.resolve("2025-05-13T09-00-00_popularity.json").toFile(), rerun);
    ObjectNode unscored = rerun.deepCopy();
    ((ObjectNode) unscored.get("eval"))
        .put("eval_id", "Unscored2kLpR8sVw3nYt5aB")
        .put("task", "security_guide");
    unscored.remove("results");
    JSON.writeValue(logs.resolve("2025-05-14T09-00-00_security-guide.json").toFile(), unscored);
    Files.copy(
        inspect.resolve("cancelled.json"), logs.resolve("2025-05-12T20-30-00_cancelled.json"));

    BuildResult built = new SiteBuild(root).build(dir.resolve("site"));
    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));

    Document popularity = site.page("evals/inspect/popularity/index.html");
    assertThat(popularity.select("table.eval-table tbody tr.pooled")).hasSize(1);
    assertThat(popularity.select("#notes + p + table tbody tr").eachText())
        .anySatisfy(
            row ->
                assertThat(row)
                    .startsWith("earlier run")
                    .contains(
                        "2025-05-13T00:28:13Z (results/logs/2025-05-12T20-28-13_popularity.json)",
                        "rerun of 2025-05-13T13:00:00Z (results/logs/2025-05-13T09-00-00_popularity.json)"));
    assertThat(
            site.text("index.html")
                + String.join(" ", site.htmlPages().stream().map(site::text).toList()))
        .contains("not scored", "cancelled");
    assertThat(built.notes())
        .extracting(ResultNote::kind)
        .contains(ResultNote.Kind.EARLIER_RUN, ResultNote.Kind.LEFT_OUT);
  }

  @Test
  void theSharedFolderOfRealFilesBuildsAsItIs() throws Exception {
    Path shared =
        List.of(Path.of("../../shared/data"), Path.of("/work/shared/data")).stream()
            .filter(Files::isDirectory)
            .findFirst()
            .orElse(null);
    Assumptions.assumeTrue(shared != null, "the shared data folder is not beside the project");
    Path root = dir.resolve("root");
    for (String folder : List.of("inspect_logs", "lm_eval_v03_human_alignment")) {
      BuiltSite.copy(shared.resolve(folder), root.resolve("results").resolve(folder));
    }

    BuildResult built = new SiteBuild(root).build(dir.resolve("site"));
    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));

    // log_formats.json and its .eval conversion are one run, counted once
    Document popularity = site.page("evals/inspect/popularity/index.html");
    assertThat(popularity.select("table.eval-table tbody th[scope=rowgroup]").eachText())
        .containsOnlyOnce("ollama/llama3.1");
    assertThat(built.notes())
        .anySatisfy(
            n ->
                assertThat(n.message())
                    .contains(
                        "log_formats.eval holds the same run",
                        "as results/inspect_logs/log_formats.json"));
    // CrowS-Pairs' stereotype share is lower-is-better; nothing left out without a note
    assertThat(
            site.page("evals/lm-eval/crows_pairs_english_age/pct_stereotype/index.html")
                .select("dl.facts")
                .text())
        .contains("lower is better");
  }
}
