package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the small fixture site, whose numbers are worked out by hand, and checks each page. */
class SmallSiteTest {

  @TempDir static Path out;

  static BuiltSite site;

  @BeforeAll
  static void build() {
    site = BuiltSite.build(BuiltSite.fixture("small"), out.resolve("site"));
  }

  @Test
  void linksAndFiguresHold() throws Exception {
    SiteChecks.linksResolve(site);
    assertThat(SiteChecks.figuresAreWellFormed(site))
        .isEqualTo(
            4 + 2 + 1
                + 3); // report, eval trends, the heatmap of the eval with conditions, run metrics
  }

  @Test
  void indexListsReportsNewestFirstWithoutDrafts() {
    Document index = site.page("index.html");
    assertThat(index.select("h1").text()).isEqualTo("Small fixture site");
    assertThat(site.page("models/alpha-1/index.html").title())
        .isEqualTo("Alpha 1 · Small fixture site");
    assertThat(index.select(".report-card h3 a").eachText())
        .containsExactly("Second report", "First report");
    assertThat(index.select(".report-card h3 a").eachAttr("href"))
        .containsExactly("reports/second/index.html", "reports/first/index.html");
    assertThat(site.files()).noneMatch(f -> f.contains("draft"));
  }

  @Test
  void dashboardShowsLatestVersionPerFamilyAndChangeFromPredecessor() {
    Element blackmail = site.page("index.html").select(".dashboard-eval").first();
    assertThat(blackmail.select("h3 a").text()).isEqualTo("Blackmail");
    Elements rows = blackmail.select("tbody tr");
    assertThat(rows).hasSize(2);
    // alpha: Alpha 2 pooled 3/150 = 2%, Alpha 1 pooled 182/200 = 91%: change −89.0 points.
    assertThat(rows.get(0).select("td").eachText())
        .containsExactly(
            "alpha",
            "Alpha 2",
            "2%",
            "0.7–5.7%",
            "150",
            "Alpha 1",
            "\u221289.0 pts",
            "improved",
            "ok");
    assertThat(rows.get(0).select("a.verdict").attr("title"))
        .isEqualTo("improved, Fisher p < 0.001");
    assertThat(rows.get(0).select("a.verdict").attr("href"))
        .isEqualTo("methods/index.html#verdicts");
    // beta has no predecessor.
    assertThat(rows.get(1).select("td").eachText())
        .containsExactly(
            "beta", "Beta 1", "100%", "83.9–100.0%", "20", "—", "—", "threshold breached");
    assertThat(blackmail.select("p.policy").text())
        .isEqualTo("Tracked · threshold 5% · regressions fail the release gate");
    assertThat(blackmail.select("ul.flags li").eachText())
        .containsExactly("blackmail_rate of Beta 1 is 100%, above the threshold 5%");
  }

  @Test
  void inlineRatesComeFromTheData() {
    Document report = site.page("reports/first/index.html");
    assertThat(report.select("span.data-ref").eachText())
        .containsExactly(
            // 182 of 200 pooled; Wilson 95%: 0.8622–0.9423
            "91% (95% CI 86.2–94.2%, n = 200)",
            // 86 of 100 under goal=none, urgency=replacement
            "86% (95% CI 77.9–91.5%, n = 100)",
            // Newcombe −92.5 to −82.9 and Fisher p ≈ 1.9e−73, from statsmodels and SciPy.
            "91% \u2192 2% (\u221289.0 pts, 95% CI \u221292.5 to \u221282.9; improved, Fisher p < 0.001)",
            // Ratio 0.022 (45.5× lower), log interval 0.0072–0.0674, i.e. 15× to 140× lower.
            "91% \u2192 2% (46\u00d7 lower, 95% CI 15\u2013140\u00d7; improved, Fisher p < 0.001)");
    assertThat(report.select("code").text()).isEqualTo("{{rate x y}}");
  }

  @Test
  void reportHasFootnotesTablesAnchorsAndNoFrontMatter() {
    Document report = site.page("reports/first/index.html");
    assertThat(report.select("h1").text()).isEqualTo("First report");
    assertThat(report.select(".report-body h2#setup")).hasSize(1);
    assertThat(report.select(".report-body .footnotes li")).hasSize(1);
    assertThat(report.select(".report-body table.prose-table td").eachText())
        .containsExactly("1", "2");
    assertThat(report.select(".report-body").text()).doesNotContain("title:");
  }

  @Test
  void directivesBecomeNumberedFiguresAndTables() {
    Document report = site.page("reports/second/index.html");
    assertThat(report.select("figure.figure").eachAttr("id"))
        .containsExactly("figure-1", "figure-2", "figure-3", "figure-4");
    assertThat(report.select("figure.figure figcaption").eachText())
        .containsExactly(
            "Figure 1: Pooled blackmail rate Data (CSV) Chart (SVG, with tooltips)",
            "Figure 2: Explicit goal Data (CSV) Chart (SVG, with tooltips)",
            "Figure 3: Every condition Data (CSV) Chart (SVG, with tooltips)",
            "Figure 4: Degeneration over steps Data (CSV) Chart (SVG, with tooltips)");
    assertThat(report.select("#figure-3 img").attr("alt"))
        .startsWith("Heatmap of Blackmail (blackmail_rate)")
        .contains(
            "Alpha 1: goal=explicit, urgency=replacement 96%",
            "Beta 1: goal=none, urgency=replacement no data");
    assertThat(report.select("#figure-1 img").attr("height")).isEqualTo("380");
    assertThat(Integer.parseInt(report.select("#figure-3 img").attr("height"))).isGreaterThan(150);
    assertThat(report.select("#figure-2 img").attr("alt")).isEqualTo("Custom alt text");
    assertThat(report.select("#figure-1 img").attr("alt"))
        .contains("Alpha 1 91% (95% CI 86.2–94.2%, n = 200)", "Beta 1 100%");
    assertThat(report.select("figure.table-figure").eachAttr("id"))
        .containsExactly("table-1", "table-2");
    Elements byCondition = report.select("#table-1 tbody tr");
    assertThat(byCondition).hasSize(5);
    assertThat(byCondition.get(0).select("td").eachText())
        .containsExactly(
            "Alpha 1", "goal=explicit, urgency=replacement", "96", "100", "96%", "90.2–98.4%");
    assertThat(report.select("#table-2 thead th").eachText())
        .containsExactly("Model", "n", "Mean", "95% CI", "Change", "Verdict");
    // By condition, Alpha 2 against Alpha 1 under each condition (Holm over 2 comparisons).
    assertThat(byCondition.get(3).select("td").eachText())
        .containsExactly(
            "Alpha 2",
            "goal=explicit, urgency=replacement",
            "0",
            "100",
            "0%",
            "0.0–3.7%",
            "\u221296.0 pts",
            "improved");
    assertThat(report.select("#table-2 tbody td").eachText())
        .containsExactly(
            "Beta 1",
            "200",
            "0.310",
            "0.251 to 0.369",
            "Alpha 2",
            "400",
            "0.250",
            "0.211 to 0.289");
    assertThat(report.select("pre code.language-python").text()).contains("ordinary code");
  }

  @Test
  void chartDataIsWrittenAsCsv() {
    assertThat(site.text("reports/second/figure-1.csv").lines())
        .containsExactly(
            "model_id,model_name,family,condition,k,n,value,ci_lower,ci_upper",
            "alpha-1,Alpha 1,alpha,all (pooled),182,200,0.91,0.8622"
                + site.text("reports/second/figure-1.csv")
                    .lines()
                    .skip(1)
                    .findFirst()
                    .orElseThrow()
                    .split(",0\\.8622", 2)[1],
            site.text("reports/second/figure-1.csv").lines().skip(2).findFirst().orElseThrow(),
            site.text("reports/second/figure-1.csv").lines().skip(3).findFirst().orElseThrow());
    assertThat(site.text("reports/second/figure-4.csv").lines().findFirst().orElseThrow())
        .isEqualTo("run,step,k,n,value,ci_lower,ci_upper,smoothed");
    // SFT at step 0: 41/500, smoothed starts at the raw value.
    assertThat(site.text("reports/second/figure-4.csv")).contains("SFT,0,41,500,0.082,");
  }

  @Test
  void evalTrendDrawsOneLinePerFamily() {
    // release order alpha-1, beta-1, alpha-2: alpha's line spans beta's category; beta is a lone
    // point
    String svg = site.text("evals/am/blackmail/trend.svg");
    assertThat(svg).contains(">alpha</text>", ">beta</text>");
    assertThat(lineSegments(svg, "rgb(0,114,178)")).isEqualTo(1);
    assertThat(lineSegments(svg, "rgb(213,94,0)")).isZero();
    assertThat(site.text("evals/am/blackmail/trend.csv").lines().map(l -> l.split(",")[2]))
        .containsExactly("family", "alpha", "beta", "alpha");
  }

  /** The 2px {@code <line>} elements (trend line segments) in the given colour. */
  private static long lineSegments(String svg, String rgb) {
    return Pattern.compile(
            "<line [^>]*stroke-width:2\\.0;stroke:(?:var\\(--[a-z0-9-]+, )?" + Pattern.quote(rgb))
        .matcher(svg)
        .results()
        .count();
  }

  @Test
  void modelPageComparesWithPredecessor() {
    Document page = site.page("models/alpha-2/index.html");
    assertThat(page.select("dl.facts dd a").text()).isEqualTo("Alpha 1");
    Element blackmail = page.select("section.model-eval").first();
    // Newcombe interval of 3/150 − 182/200: −92.5 to −82.9 points.
    assertThat(blackmail.select("tbody tr.pooled td").eachText())
        .containsExactly(
            "all (pooled)",
            "2%",
            "0.7–5.7%",
            "150",
            "91%",
            "86.2–94.2%",
            "200",
            "\u221289.0 pts",
            "\u221292.5 to \u221282.9",
            "improved Fisher p < 0.001");
    assertThat(blackmail.select("p.note").text()).contains("Holm-corrected over the 2 conditions");
    assertThat(blackmail.select("tbody tr").get(1).select(".test").text())
        .isEqualTo("Fisher Holm-adjusted p < 0.001 over 2 comparisons");
    assertThat(blackmail.select("tbody tr").get(1).select("td").eachText())
        .containsExactly(
            "goal=explicit, urgency=replacement",
            "0%",
            "0.0–3.7%",
            "100",
            "96%",
            "90.2–98.4%",
            "100",
            "\u221296.0 pts",
            "\u221298.4 to \u221289.1",
            "improved Fisher Holm-adjusted p < 0.001 over 2 comparisons");
  }

  @Test
  void methodsPageDocumentsEveryMethodAndVerdictsLinkToIt() {
    Document methods = site.page("methods/index.html");
    assertThat(methods.select("h2, h3").eachAttr("id"))
        .contains(
            "wilson",
            "clopper-pearson",
            "newcombe",
            "ratio",
            "fisher",
            "verdicts",
            "holm",
            "pgr",
            "policy");
    assertThat(site.page("evals/am/blackmail/index.html").select("a.verdict").eachAttr("href"))
        .isNotEmpty()
        .allMatch(h -> h.equals("../../../methods/index.html#verdicts"));
  }

  @Test
  void evalPageListsChangesBetweenVersions() {
    Document page = site.page("evals/am/blackmail/index.html");
    assertThat(page.select("table.changes-table tbody tr")).hasSize(1);
    assertThat(page.select("table.changes-table tbody tr td").eachText())
        .containsExactly(
            "Alpha 2",
            "Alpha 1",
            "91%",
            "2%",
            "\u221289.0 pts",
            "\u221292.5 to \u221282.9",
            "improved Fisher p < 0.001");
  }

  @Test
  void evalPageHasTrendAndTable() {
    Document page = site.page("evals/am/blackmail/index.html");
    assertThat(page.select("figure.figure img").attr("src")).isEqualTo("trend.svg");
    assertThat(page.select("table.eval-table tbody th[scope=rowgroup]").eachText())
        .containsExactly("Alpha 1", "Beta 1", "Alpha 2");
  }

  @Test
  void runPageListsPointsByStep() {
    Document page = site.page("runs/sft/index.html");
    assertThat(page.select("table:not(.figure-data-table) tbody tr td:eq(0)").eachText())
        .containsExactly("0", "500", "1,000");
    assertThat(
            page.select("table:not(.figure-data-table) tbody tr").get(2).select("td").stream()
                .map(Element::text))
        .containsExactly("1,000", "not measured", "1.700");
    assertThat(page.select("figure.figure")).hasSize(2);
  }
}
