package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.imports.inspect.InspectZips;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inspect logs as issue 10 found them: a two-epoch accuracy imported as a score, a log that ran but
 * was never scored, and transcripts published in hash order, checked on the built pages.
 */
class InspectLogSiteTest {

  private static final Path SAMPLES = Path.of("src/test/resources/imports/samples");

  @TempDir static Path dir;

  static BuiltSite site;

  @BeforeAll
  static void build() throws Exception {
    Path results = Files.createDirectories(dir.resolve("root/results"));
    Files.copy(SAMPLES.resolve("inspect-transcripts.json"), results.resolve("honesty.json"));
    InspectZips.write(SAMPLES.resolve("inspect-epochs.json"), results.resolve("power.eval"));
    Files.writeString(
        results.resolve("unscored.json"),
        """
        {"version": 2, "status": "success",
         "eval": {"eval_id": "Ux1nS2cO3rE4d", "run_id": "Rn5uN6iD7x", "task": "sandbagging",
                  "model": "openai/gpt-4o-mini", "created": "2025-06-01T10:00:00+00:00"},
         "results": {"total_samples": 5, "completed_samples": 5}}
        """);
    site = BuiltSite.build(dir.resolve("root"), dir.resolve("site"));
  }

  @Test
  void linksResolve() throws Exception {
    SiteChecks.linksResolve(site);
  }

  @Test
  void aTwoEpochAccuracyIntervalStaysWithinZeroAndOneAndSaysItWasClipped() {
    Document eval = site.page("evals/inspect/power_seeking/epochs-2/index.html");
    Element pooled = eval.select("table.eval-table tbody tr.pooled").first();

    assertThat(pooled.text()).contains("0.750", "0.260 to 1.000, clipped to [0, 1]");
    for (Element cell : eval.select("table.eval-table td")) {
      Matcher interval = Pattern.compile("(-?[0-9.]+) to (-?[0-9.]+)").matcher(cell.text());
      while (interval.find()) {
        assertThat(Double.parseDouble(interval.group(1))).as(cell.text()).isBetween(0.0, 1.0);
        assertThat(Double.parseDouble(interval.group(2))).as(cell.text()).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void aLogThatRanButWasNeverScoredIsARunThatDidNotComplete() {
    Document eval = site.page("evals/inspect/sandbagging/index.html");

    assertThat(eval.select("#incomplete").text()).isEqualTo("Runs that did not complete");
    assertThat(eval.select("#incomplete + table tbody tr td").eachText())
        .containsExactly(
            "openai/gpt-4o-mini",
            "not scored",
            "the log has no scorer (no results.scores); 5 of 5 samples completed; not counted in any rate");
  }

  @Test
  void everyTranscriptPageIsTitledAndHeadedWithTheSameSample() {
    List<String> pages =
        site.files().stream()
            .filter(f -> f.startsWith("samples/inspect/"))
            .filter(f -> f.matches(".*/[0-9]+\\.html"))
            .toList();
    assertThat(pages).hasSize(3 * 2 + 4);
    for (String path : pages) {
      Document page = site.page(path);
      String heading = page.select("main h1 code").text();
      assertThat(page.title()).as(path).startsWith("Sample " + heading + " · ");
    }
  }
}
