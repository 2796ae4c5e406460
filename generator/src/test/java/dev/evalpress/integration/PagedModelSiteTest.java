package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.render.page.IndexPage;
import dev.evalpress.render.page.ModelPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site of 30 untracked evals on two versions: more evals than the home page's dashboard shows
 * when none is tracked, and more than one page of a model version's condition tables holds.
 */
class PagedModelSiteTest {

  static final int EVALS = 30;

  @TempDir static Path dir;

  static BuiltSite site;

  @BeforeAll
  static void build() throws Exception {
    assertThat(EVALS)
        .isGreaterThan(ModelPage.PER_PAGE)
        .isGreaterThan(IndexPage.UNTRACKED_DASHBOARD_LIMIT)
        .isLessThanOrEqualTo(2 * ModelPage.PER_PAGE);
    Path root = dir.resolve("root");
    Files.createDirectories(root.resolve("results"));
    Files.writeString(
        root.resolve("results/models.json"),
        "{\"kind\": \"models\", \"version\": 1, \"models\": ["
            + "{\"id\": \"a-1\", \"name\": \"A1\", \"family\": \"a\", \"released\": \"2025-01-01\"},"
            + "{\"id\": \"a-2\", \"name\": \"A2\", \"family\": \"a\", \"released\": \"2025-02-01\", \"predecessor\": \"a-1\"}]}");
    for (int e = 0; e < EVALS; e++) {
      for (String model : new String[] {"a-1", "a-2"}) {
        int k = model.equals("a-1") ? 50 : 10 + e;
        Files.writeString(
            root.resolve(String.format(Locale.ROOT, "results/e%02d-%s.json", e, model)),
            "{\"kind\": \"eval-result\", \"version\": 1, \"eval\": {\"id\": \""
                + (e < 20 ? "suite-x" : "suite-y")
                + "/e"
                + String.format(Locale.ROOT, "%02d", e)
                + "\", \"title\": \"Eval "
                + e
                + "\", \"metric\": \"r\","
                + " \"category\": \""
                + (e % 2 == 0 ? "misalignment" : "capability")
                + "\", \"direction\":"
                + " \"lower-is-better\"}, \"model\": \""
                + model
                + "\", \"results\": ["
                + "{\"condition\": {\"c\": \"hard\"}, \"k\": "
                + k
                + ", \"n\": 100},"
                + "{\"condition\": {\"c\": \"easy\"}, \"k\": "
                + k / 2
                + ", \"n\": 100}]}");
      }
    }
    site = BuiltSite.build(root, dir.resolve("site"));
  }

  @Test
  void aVersionWithManyEvalsHasAnOverviewAndPagesOfConditionTables() {
    Document first = site.page("models/a-2/index.html");
    assertThat(first.select("section.model-eval")).isEmpty();
    assertThat(first.select("table.overview-table tbody tr")).hasSize(EVALS);
    Element row = first.select("table.overview-table tbody tr").get(0);
    // Eval 0: A2 (10 + 5)/200 = 7.5%, A1 (50 + 25)/200 = 37.5%
    assertThat(row.select("td").eachText())
        .startsWith("Eval 0", "7.5%")
        .contains("A1", "37.5%", "\u221230.0 pts", "improved Fisher p < 0.001", "page 1");
    assertThat(first.select("#overview p.note a").eachText()).containsExactly("1", "2");

    Document page1 = site.page("models/a-2/evals-1/index.html");
    Document page2 = site.page("models/a-2/evals-2/index.html");
    assertThat(page1.select("section.model-eval")).hasSize(ModelPage.PER_PAGE);
    assertThat(page2.select("section.model-eval")).hasSize(EVALS - ModelPage.PER_PAGE);
    assertThat(page2.title())
        .isEqualTo("A2, evals 26–30 of 30 · " + page2.select(".site-title").text());
    assertThat(page2.select("nav.pager a").eachText()).containsExactly("All evals of A2", "1");
    assertThat(page2.select("nav.pager strong[aria-current=page]").text()).isEqualTo("2");
    // every condition row is on some page: the last eval's table has pooled, easy and hard
    assertThat(page2.getElementById("eval-suite-y/e29").select("tbody tr td:eq(0)").eachText())
        .containsExactly("all (pooled)", "c=easy", "c=hard");
    assertThat(first.select("table.overview-table tbody tr").last().select("a").last().attr("href"))
        .isEqualTo("evals-2/index.html#eval-suite-y/e29");
    SiteChecks.linksResolve(site);
    SiteChecks.idsAreUnique(site);
  }

  @Test
  void withoutTrackedEvalsTheHomePagePointsToTheEvalsIndexInsteadOfADashboardOfEveryEval() {
    Document index = site.page("index.html");
    assertThat(index.select(".dashboard-eval")).isEmpty();
    assertThat(index.select("#dashboard p.empty").text())
        .startsWith("No evals are tracked, and there are 30:");
    Document evals = site.page("evals/index.html");
    assertThat(evals.select("table.eval-index tbody tr:not(.suite)")).hasSize(EVALS);
    assertThat(evals.select("#category-capability tr.suite").eachText())
        .containsExactly("suite-x", "suite-y");
    // a cell links to the page of condition tables that holds the eval
    assertThat(evals.select("a[href$=#eval-suite-y/e29]").attr("href"))
        .isEqualTo("../models/a-2/evals-2/index.html#eval-suite-y/e29");
  }
}
