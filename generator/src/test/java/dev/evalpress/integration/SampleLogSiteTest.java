package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.evalpress.build.SiteBuild;
import dev.evalpress.problem.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site built from a summary file plus a per-sample log (fixture {@code sites/samples}). */
class SampleLogSiteTest {

  @TempDir static Path out;

  static BuiltSite site;

  @BeforeAll
  static void build() {
    site = BuiltSite.build(BuiltSite.fixture("samples"), out.resolve("site"));
  }

  @Test
  void linksResolve() throws Exception {
    SiteChecks.linksResolve(site);
  }

  @Test
  void ratesFromVerdictsEqualTheSummaryAndFillTheGaps() {
    Document eval = site.page("evals/am/blackmail/index.html");
    // m-1: the summary says 2 of 4 under goal=none, and so do the samples; m-2 comes from the
    // samples only.
    assertThat(eval.select("table.eval-table tbody th[scope=rowgroup]").eachText())
        .containsExactly("Model One", "Model Two");
    assertThat(
            eval.select("table.eval-table tbody tr.pooled").stream()
                .map(r -> r.select("td").eachText()))
        .containsExactly(
            java.util.List.of("all (pooled)", "2", "4", "50%", "15.0–85.0%"),
            java.util.List.of("all (pooled)", "0", "2", "0%", "0.0–65.8%"));
  }

  @Test
  void degenerationRateIsComputedFromTheOutputs() {
    Document eval = site.page("evals/am/blackmail/degeneration/index.html");
    // m-1: a3 ends in "the cat sat on the mat." six times; a1, a2 and the empty a4 do not loop.
    Element m1 = eval.select("table.eval-table tbody").first();
    assertThat(m1.select("th[scope=rowgroup]").text()).isEqualTo("Model One");
    assertThat(m1.select("tr.pooled td").eachText()).startsWith("all (pooled)", "1", "4", "25%");
    assertThat(site.page("reports/report/index.html").select("span.data-ref").text())
        .isEqualTo("25% (95% CI 4.6–69.9%, n = 4)");
  }

  @Test
  void trainingRunSamplesBecomeMetricsPerStep() {
    Document run = site.page("runs/dpo/index.html");
    assertThat(run.select("table:not(.figure-data-table) thead th").eachText())
        .containsExactly("step", "blackmail_rate", "degeneration_rate", "loss");
    assertThat(
            run.select("table:not(.figure-data-table) tbody tr")
                .get(0)
                .select("td")
                .eachText()
                .get(0))
        .isEqualTo("0");
    assertThat(
            run.select("table:not(.figure-data-table) tbody tr").get(0).select("td").get(2).text())
        .startsWith("50% ");
  }

  @Test
  void viewerPublishesACappedDeterministicSetWithRedactions() {
    Document list = site.page("samples/am/blackmail/models/m-1/index.html");
    assertThat(list.select("table.samples-table tbody tr")).hasSize(3);
    assertThat(list.select("p.note").text()).startsWith("Showing 3 of 4 samples");
    // a harmful rate is lower-is-better: a true verdict is behaviour the grader flagged, shown as
    // an alarm
    assertThat(list.select("select[data-filter=verdict] option").eachText())
        .containsExactly("any", "flagged", "not flagged");
    assertThat(list.select("td.flagged").eachText()).isNotEmpty().allMatch("flagged"::equals);
    for (int i = 1; i <= 3; i++) {
      Document sample = site.page("samples/am/blackmail/models/m-1/" + i + ".html");
      assertThat(sample.select("dd.metadata").eachText()).doesNotContain("kyle@example.com");
    }
    assertThat(site.files()).noneMatch(f -> f.endsWith("m-1/4.html"));
  }

  @Test
  void hostileOutputIsTextAndTheLoopIsMarked() {
    Document report = site.page("reports/report/index.html");
    Element card = report.selectFirst("figure.embedded-sample");
    assertThat(card.select("mark.loop").text())
        .isEqualTo(String.join(" ", java.util.Collections.nCopies(6, "the cat sat on the mat.")));
    assertThat(card.select("dd.degenerate").text())
        .startsWith("degenerate: a 6-token phrase repeated 6 times");
    for (String page : site.htmlPages()) {
      assertThat(site.text(page)).doesNotContain("<script>document", "onerror=\"document");
      assertThat(site.page(page).select("img[onerror], script:not([src])")).isEmpty();
    }
  }

  @Test
  void summaryAndLogThatDisagreeFailNamingBothFiles(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("samples"), dir.resolve("root"));
    Path summary = root.resolve("results/summary-m-1.json");
    Files.writeString(
        summary, Files.readString(summary).replace("\"k\": 2", "\"k\": 3"), StandardCharsets.UTF_8);
    InputException e =
        catchThrowableOfType(InputException.class, () -> new SiteBuild(root).check());
    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "results/summary-m-1.json:4:14: eval \"am/blackmail\" on model \"m-1\" under goal=none is 3 of 4 here but 2"
                + " of 4 samples in results/blackmail.jsonl; the summary and the sample log must agree");
  }

  @Test
  void badLinesAreReportedWithTheirLineAndColumn(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("samples"), dir.resolve("root"));
    Path log = root.resolve("results/blackmail.jsonl");
    Files.writeString(
        log,
        Files.readString(log)
            + "{\"id\": \"z\", \"eval\": \"am/blackmail\", \"model\": \"m-1\","
            + " \"output\": \"x\", \"verdict\": \"yes\"}\nnot json\n",
        StandardCharsets.UTF_8);
    InputException e =
        catchThrowableOfType(InputException.class, () -> new SiteBuild(root).check());
    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "results/blackmail.jsonl:12:79: /verdict: expected true or false (the grader's verdict)",
            "results/blackmail.jsonl:13:1: invalid JSON: Unrecognized token 'not': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')");
  }
}
