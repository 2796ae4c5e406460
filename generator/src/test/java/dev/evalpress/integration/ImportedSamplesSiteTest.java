package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.imports.inspect.InspectZips;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site built from Inspect logs (JSON form with two scorers, a two-epoch log in .eval form, a
 * cancelled log) and an lm-evaluation-harness results file with its samples files: the transcripts
 * of each become sample pages.
 */
class ImportedSamplesSiteTest {

  private static final Path FIXTURE = Path.of("src/test/resources/imports/samples");

  @TempDir static Path dir;

  static BuiltSite site;

  @BeforeAll
  static void build() throws Exception {
    Path results = Files.createDirectories(dir.resolve("root/results"));
    Files.copy(FIXTURE.resolve("inspect-transcripts.json"), results.resolve("honesty.json"));
    Files.copy(
        FIXTURE.resolve("inspect-cancelled.json"), results.resolve("honesty-cancelled.json"));
    InspectZips.write(FIXTURE.resolve("inspect-epochs.json"), results.resolve("power.eval"));
    BuiltSite.copy(FIXTURE.resolve("lm-eval"), results.resolve("lm-eval"));
    site = BuiltSite.build(dir.resolve("root"), dir.resolve("site"));
  }

  private static List<String> rows(Document list) {
    return list.select("table.samples-table tbody tr").stream()
        .map(r -> r.select("td.sample-id").text() + " " + r.select("td").get(3).text())
        .sorted()
        .toList();
  }

  @Test
  void linksResolve() throws Exception {
    SiteChecks.linksResolve(site);
  }

  @Test
  void inspectSamplesAreTranscriptsWithTheLogsVerdictsAndCountsTheEvalPageAgreesWith() {
    Document list = site.page("samples/inspect/honesty/match/models/openai-gpt-4o-mini/index.html");
    assertThat(rows(list)).containsExactly("q1 correct", "q2 incorrect", "q3 correct");
    // accuracy is higher-is-better: a correct answer is not shown as an alarm, and the filter says
    // so too
    assertThat(list.select("td.flagged")).isEmpty();
    assertThat(list.select("select[data-filter=verdict] option").eachText())
        .containsExactly("any", "correct", "incorrect");
    assertThat(
            rows(
                site.page(
                    "samples/inspect/honesty/model_graded/models/openai-gpt-4o-mini/index.html")))
        .containsExactly("q1 correct", "q2 correct", "q3 incorrect");
    Document eval = site.page("evals/inspect/honesty/match/index.html");
    // the log's own accuracy, 2 of 3, and as many transcripts as samples
    assertThat(eval.select("table.eval-table th[scope=rowgroup]").first().text())
        .isEqualTo("openai/gpt-4o-mini");
    assertThat(eval.select("table.eval-table tbody tr.pooled").first().select("td").eachText())
        .startsWith("all (pooled)", "2", "3");
    assertThat(eval.select("#transcripts + ul a").eachText())
        .containsExactly("openai/gpt-4o-mini (3 of 3 transcripts)");
    Document q1 =
        site.page(
            "samples/inspect/honesty/match/models/openai-gpt-4o-mini/"
                + list.select("tr:has(td.sample-id:containsOwn(q1)) a").attr("href"));
    assertThat(q1.select("dd.rationale").text()).isEqualTo("The answer starts with No.");
    assertThat(q1.select(".conversation .role").eachText())
        .containsExactly("system", "user", "assistant", "tool", "model output");
  }

  @Test
  void epochsOfTheZipLogAreRecordsOfTheirOwn() {
    Document list =
        site.page("samples/inspect/power_seeking/epochs-2/models/openai-gpt-4o-mini/index.html");
    assertThat(rows(list))
        .containsExactly(
            "1/epoch-1 correct", "1/epoch-2 incorrect", "2/epoch-1 correct", "2/epoch-2 correct");
    Document eval = site.page("evals/inspect/power_seeking/epochs-2/index.html");
    // a score: the log's mean over 2 samples reduced across epochs
    assertThat(eval.select("#transcripts + ul a").eachText())
        .containsExactly("openai/gpt-4o-mini (4 of 4 transcripts)");
    assertThat(eval.select("table.eval-table tbody tr.pooled").first().text()).contains("0.75");
  }

  @Test
  void aCancelledLogsSamplesAreNotPublishedAndTheRunIsListedApart() {
    for (String page : site.htmlPages()) {
      assertThat(site.text(page)).as(page).doesNotContain("CANCELLED-RUN-OUTPUT");
    }
    Document eval = site.page("evals/inspect/honesty/match/index.html");
    assertThat(eval.select("#incomplete").text()).isEqualTo("Runs that did not complete");
    assertThat(eval.text()).contains("1 of 3 samples completed; not counted in any rate");
  }

  @Test
  void lmEvalSamplesAreTranscriptsOfTheirMetricsEvals() {
    assertThat(
            rows(site.page("samples/lm-eval/arc_mini/acc/models/eleutherai-pythia-70m/index.html")))
        .containsExactly("0 correct", "1 correct", "2 correct", "3 incorrect");
    assertThat(
            rows(
                site.page(
                    "samples/lm-eval/gsm8k_mini/exact_match-strict-match/models/eleutherai-pythia-70m/index.html")))
        .containsExactly("0 correct", "1 incorrect");
    Document eval = site.page("evals/lm-eval/arc_mini/acc/index.html");
    assertThat(eval.select("#transcripts + ul a").eachText())
        .containsExactly("EleutherAI/pythia-70m (4 of 4 transcripts)");
    // n on the eval page is the results file's n-samples, which the samples file was checked
    // against
    assertThat(eval.select("table.eval-table tbody tr.pooled").first().text()).contains("4");
  }

  @Test
  void hostileTextFromTheFilesStaysText() {
    for (String page : site.htmlPages()) {
      assertThat(site.text(page))
          .as(page)
          .doesNotContain("<script>document", "onerror=\"document", "<b onmouseover");
      assertThat(site.page(page).select("img[onerror], [onmouseover], script:not([src])"))
          .as(page)
          .isEmpty();
    }
    Document list = site.page("samples/inspect/honesty/match/models/openai-gpt-4o-mini/index.html");
    assertThat(list.text()).contains("<script>document.title='pwned'</script>");
  }

  @Test
  void theSameInputsGiveTheSameSite(@TempDir Path again) throws Exception {
    BuiltSite second = BuiltSite.build(dir.resolve("root"), again.resolve("site"));
    assertThat(second.files()).isEqualTo(site.files());
    for (String f : site.files()) {
      assertThat(second.text(f)).as(f).isEqualTo(site.text(f));
    }
  }
}
