package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small fixture's home page and index pages: the header leads to an index of evals, of models
 * and of training runs, and the home page summarises instead of listing everything.
 */
class IndexPagesSiteTest {

  @TempDir static Path out;

  static BuiltSite site;

  @BeforeAll
  static void build() {
    site = BuiltSite.build(BuiltSite.fixture("small"), out.resolve("site"));
  }

  @Test
  void theHeaderLinksToTheIndexPagesFromEveryDepth() {
    assertThat(site.page("index.html").select("header nav a:not(.site-title)").eachAttr("href"))
        .containsExactly(
            "index.html#reports",
            "index.html#dashboard",
            "evals/index.html",
            "models/index.html",
            "runs/index.html",
            "methods/index.html");
    Elements nav =
        site.page("evals/am/blackmail/index.html").select("header nav a:not(.site-title)");
    assertThat(nav.eachText())
        .containsExactly("Reports", "Dashboard", "Evals", "Models", "Training runs", "Methods");
    assertThat(nav.eachAttr("href"))
        .containsExactly(
            "../../../index.html#reports",
            "../../../index.html#dashboard",
            "../../index.html",
            "../../../models/index.html",
            "../../../runs/index.html",
            "../../../methods/index.html");
    assertThat(
            site.page("models/index.html").select("header nav a:not(.site-title)").eachAttr("href"))
        .containsExactly(
            "../index.html#reports",
            "../index.html#dashboard",
            "../evals/index.html",
            "index.html",
            "../runs/index.html",
            "../methods/index.html");
    SiteChecks.linksResolve(site);
  }

  @Test
  void theEvalsIndexGroupsByCategoryAndSuiteWithEachFamilysLatestRateAndChange() {
    Document evals = site.page("evals/index.html");
    assertThat(evals.title()).isEqualTo("Evals · Small fixture site");
    assertThat(evals.select("section.eval-group h2").eachText())
        .containsExactly("misalignment", "sycophancy");
    assertThat(evals.select("nav.jump a").eachText())
        .containsExactly("misalignment (1)", "sycophancy (1)");
    Element table = evals.selectFirst("#category-misalignment table.eval-index");
    assertThat(table.select("thead th").eachText())
        .containsExactly("Eval", "Versions", "alpha Alpha 2", "beta Beta 1");
    assertThat(table.select("tr.suite").text()).isEqualTo("am");
    Elements cells = table.select("tbody tr:not(.suite) td");
    assertThat(cells.get(0).select("a").text()).isEqualTo("Blackmail");
    assertThat(cells.get(0).select("a").attr("href")).isEqualTo("am/blackmail/index.html");
    assertThat(cells.get(1).text()).isEqualTo("3");
    // Alpha 2, the family's latest version, at 2% (3/150), 89 points below Alpha 1, improved
    assertThat(cells.get(2).select("a").text()).isEqualTo("2%");
    assertThat(cells.get(2).select("a").attr("href"))
        .isEqualTo("../models/alpha-2/index.html#eval-am/blackmail");
    assertThat(cells.get(2).select(".change").text()).isEqualTo("\u221289.0 pts");
    assertThat(cells.get(2).select(".change").hasClass("improved")).isTrue();
    assertThat(cells.get(2).select(".change").attr("title"))
        .isEqualTo("improved, Fisher p < 0.001");
    // Beta 1 has no predecessor: a rate and no change
    assertThat(cells.get(3).text()).isEqualTo("100%");
    assertThat(evals.select("#category-sycophancy tr.suite").text()).isEqualTo("syco");
  }

  @Test
  void theModelsIndexGroupsByFamilyInReleaseOrder() {
    Document models = site.page("models/index.html");
    assertThat(models.title()).isEqualTo("Models · Small fixture site");
    assertThat(models.select("section.model-family h2").eachText())
        .containsExactly("alpha", "beta");
    Elements alpha = models.select("section.model-family").get(0).select("tbody tr");
    assertThat(alpha).hasSize(2);
    // Alpha 1's blackmail rate (91%) is above the tracked threshold: a finding, though not the
    // gate's
    assertThat(alpha.get(0).select("td").eachText())
        .containsExactly("Alpha 1", "2025-01-10", "—", "1", "0", "0", "0", "1 finding");
    // Alpha 2: blackmail improved on Alpha 1; sycophancy has nothing to compare with
    assertThat(alpha.get(1).select("td").eachText())
        .containsExactly(
            "Alpha 2", "2025-06-01", "Alpha 1", "2", "1", "0", "0"); // no findings: an empty cell
    assertThat(alpha.get(1).select("a").eachAttr("href"))
        .containsExactly("alpha-2/index.html", "alpha-1/index.html");
    assertThat(models.select("section.model-family").get(1).select("tbody tr td").eachText())
        .containsExactly("Beta 1", "2025-03-15", "—", "2", "0", "0", "0", "1 finding");
  }

  @Test
  void theRunsIndexListsEveryRun() {
    Document runs = site.page("runs/index.html");
    assertThat(runs.select("table.run-index tbody tr td:eq(0)").eachText())
        .containsExactly("DPO", "SFT");
    assertThat(runs.select("table.run-index tbody tr").get(1).select("td").eachText())
        .startsWith("SFT", "Alpha 2", "SFT");
    assertThat(runs.select("table.run-index a").eachAttr("href"))
        .contains("dpo/index.html", "../models/alpha-2/index.html");
  }

  @Test
  void theHomePageSummarisesTheLatestVersionsAndLinksToTheIndexes() {
    Document index = site.page("index.html");
    assertThat(index.select(".report-card")).hasSize(2);
    assertThat(index.select(".dashboard-eval h3 a").eachText())
        .containsExactly("Blackmail", "Sycophancy");
    assertThat(index.select("#latest tbody tr td:eq(0)").eachText())
        .containsExactly("alpha", "beta");
    assertThat(index.select("#latest tbody tr td:eq(1)").eachText())
        .containsExactly("Alpha 2", "Beta 1");
    assertThat(index.select("#browse li").eachText())
        .containsExactly(
            "Evals 2 evals in 2 categories, with each family's latest rates",
            "Models 3 model versions in 2 families",
            "Training runs 2 runs");
    // no list of every eval and model on the home page: those are the indexes' job
    assertThat(index.select("#evals, #models, #runs")).isEmpty();
  }

  @Test
  void aVersionWithFewEvalsKeepsItsConditionTablesOnItsPage() {
    Document alpha = site.page("models/alpha-2/index.html");
    assertThat(alpha.select("section.model-eval")).hasSize(2);
    assertThat(alpha.select("#overview, nav.pager")).isEmpty();
    assertThat(site.files()).noneMatch(f -> f.matches("models/[^/]+/evals-\\d+/index\\.html"));
  }
}
