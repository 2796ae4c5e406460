package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eval, model, run and Methods pages of the example site and of a small site with hostile text
 * (issue 14): rows grouped under each version, the heatmap, one verdict column with its test and
 * p-value, reasons in empty cells, the eval's description, links from runs to models, one number
 * format, the degeneration section and table captions.
 */
class EvalModelRunPagesSiteTest {

  private static final String BLACKMAIL = "evals/agentic-misalignment/blackmail/index.html";

  @TempDir static Path dir;

  static BuiltSite example;
  static BuiltSite small;

  @BeforeAll
  static void build() throws Exception {
    example = BuiltSite.build(BuiltSite.example(), dir.resolve("example"));
    small = BuiltSite.build(smallRoot(dir.resolve("small")), dir.resolve("small-site"));
  }

  /**
   * Versions a → b → c of one family; a and c measured under two conditions with n = 1500 (a
   * thousands separator), b not at all; the eval's description holds markup.
   */
  private static Path smallRoot(Path root) throws Exception {
    Files.createDirectories(root.resolve("results"));
    Files.writeString(
        root.resolve("results/models.json"),
        "{\"kind\": \"models\", \"version\": 1, \"models\": ["
            + "{\"id\": \"a\", \"name\": \"A\", \"family\": \"f\", \"released\": \"2025-01-01\"},"
            + "{\"id\": \"b\", \"name\": \"B\", \"family\": \"f\", \"released\": \"2025-02-01\","
            + " \"predecessor\": \"a\"},"
            + "{\"id\": \"c\", \"name\": \"C\", \"family\": \"f\", \"released\": \"2025-03-01\","
            + " \"predecessor\": \"b\"}]}");
    for (String[] m :
        new String[][] {
          {"a", "50", "\"description\": \"<b>bold</b> & more\","}, {"c", "900", ""}
        }) {
      Files.writeString(
          root.resolve("results/" + m[0] + ".json"),
          "{\"kind\": \"eval-result\", \"version\": 1,"
              + "\"eval\": {\"id\": \"bm\", \"title\": \"Blackmail\", \"metric\": \"blackmail_rate\","
              + m[2]
              + " \"category\": \"misalignment\", \"direction\": \"lower-is-better\"},"
              + " \"model\": \""
              + m[0]
              + "\", \"run\": {\"notes\": \"same note\"},"
              + "\"results\": [{\"condition\": {\"goal\": \"x\"}, \"k\": "
              + m[1]
              + ", \"n\": 1500}, {\"condition\": {\"goal\": \"y\"}, \"k\": 10, \"n\": 1500}]}");
    }
    return root;
  }

  @Test
  void perConditionRowsAreGroupedUnderEachVersionNamedOnce() {
    Document page = example.page(BLACKMAIL);
    List<Element> groups = page.select("table.eval-table > tbody");
    assertThat(groups).hasSize(9);
    for (Element group : groups) {
      assertThat(group.select("th[scope=rowgroup]")).hasSize(1);
      assertThat(group.select("th[scope=rowgroup] a").attr("href")).contains("models/");
      assertThat(group.select("tr.pooled")).hasSize(1);
      assertThat(group.select("tr")).hasSize(6); // header, pooled, four conditions
    }
    assertThat(page.select("table.eval-table td a")).isEmpty();
    assertThat(page.select("table.eval-table th[scope=rowgroup]").eachText())
        .doesNotHaveDuplicates()
        .contains("Claude Opus 4");
  }

  @Test
  void evalsWithConditionsHaveAHeatmapFigureAndOthersDoNot() {
    Document blackmail = example.page(BLACKMAIL);
    Element heatmap = blackmail.selectFirst("figure#heatmap");
    assertThat(heatmap).isNotNull();
    assertThat(heatmap.selectFirst("img").attr("src")).isEqualTo("heatmap.svg");
    assertThat(heatmap.selectFirst("img").attr("alt"))
        .startsWith("Heatmap of")
        .contains("Claude Opus 4");
    assertThat(example.files()).contains("evals/agentic-misalignment/blackmail/heatmap.svg");
    assertThat(
            example.page("evals/weak-to-strong/nlp-accuracy/index.html").select("figure#heatmap"))
        .isEmpty();
  }

  @Test
  void oneVerdictColumnNamesItsTestAndShowsThePValue() {
    Document page = example.page(BLACKMAIL);
    Element changes = page.selectFirst("table.changes-table");
    assertThat(changes.select("thead th").eachText())
        .contains("Verdict (test, p-value)")
        .doesNotContain("Test", "Verdict");
    List<Element> cells = changes.select("tbody td.verdict-cell");
    assertThat(cells).isNotEmpty();
    for (Element cell : cells) {
      assertThat(cell.selectFirst("a.verdict").text())
          .isIn("improved", "regressed", "no detectable change");
      assertThat(cell.selectFirst(".test").text())
          .matches("(Fisher|two-proportion z-test|z-test) .*p [<=] [0-9.]+.*");
    }
    assertThat(page.select("[title]").eachAttr("title")).noneMatch(t -> t.contains("p ="));

    Element opus = example.page("models/opus-4/index.html").selectFirst("section.model-eval table");
    assertThat(opus.select("td.verdict-cell .test").first().text()).startsWith("Fisher p");
    assertThat(opus.select("a.verdict[title]")).isEmpty();
  }

  @Test
  void emptyCellsSayWhy() {
    Document first = example.page("models/haiku-3-5/index.html");
    assertThat(first.select("section.model-eval tbody tr").first().select(".reason").eachText())
        .containsExactly("no predecessor", "no predecessor");
    assertThat(first.selectFirst("section.model-eval caption").text())
        .endsWith("it has no predecessor");

    Document c = small.page("models/c/index.html");
    Element pooled = c.selectFirst("section.model-eval tbody tr.pooled");
    assertThat(pooled.select(".reason")).isEmpty();
    assertThat(c.selectFirst("section.model-eval caption").text()).endsWith("compared with A");
    Document b = small.page("models/b/index.html");
    assertThat(b.select(".empty").text()).contains("No eval results");

    Document eval = small.page("evals/bm/index.html");
    assertThat(eval.select("p.note").eachText())
        .anyMatch(t -> t.startsWith("1 version is not in this table: it has no predecessor"));
    assertThat(eval.select("table.runs-table tbody td.date").eachText())
        .containsOnly("not recorded");
  }

  @Test
  void theDescriptionIsShownAtTheTopAsEscapedText() {
    Document blackmail = example.page(BLACKMAIL);
    assertThat(blackmail.selectFirst("h1 + p.eval-description").text())
        .startsWith("The share of transcripts in which the model");

    Document page = small.page("evals/bm/index.html");
    assertThat(page.selectFirst("p.eval-description").text()).isEqualTo("<b>bold</b> & more");
    assertThat(page.select("p.eval-description b")).isEmpty();
    assertThat(small.text("evals/bm/index.html")).contains("&lt;b&gt;bold&lt;/b&gt; &amp; more");
    assertThat(
            example
                .page("evals/weak-to-strong/nlp-accuracy/index.html")
                .select("p.eval-description"))
        .hasSize(1);
  }

  @Test
  void identicalRunNotesArePrintedOnce() {
    Document page = small.page("evals/bm/index.html");
    assertThat(page.select("ol.run-notes li").eachText()).containsExactly("same note");
    assertThat(page.select("table.runs-table tbody a[href=#run-note-1]")).hasSize(2);
  }

  @Test
  void runPagesLinkTheirModelAndBase() {
    Document run = example.page("runs/ocr-dpo/index.html");
    Element facts = run.selectFirst("dl.facts");
    assertThat(facts.select("dt:containsOwn(Model) + dd a").attr("href"))
        .isEqualTo("../../models/ocr-v2/index.html");
    assertThat(facts.select("dt:containsOwn(Base) + dd a").attr("href"))
        .isEqualTo("../../models/ocr-sft/index.html");
  }

  @Test
  void countsAndStepsHaveThousandsSeparatorsEverywhere() {
    Document eval = small.page("evals/bm/index.html");
    assertThat(eval.select("table.eval-table tr.pooled td.num").eachText()).contains("3,000");
    assertThat(eval.select("table.eval-table td.num").eachText()).contains("1,500");
    Document run = example.page("runs/ocr-dpo/index.html");
    List<String> steps = run.select("table.data tbody tr td:first-child").eachText();
    assertThat(steps).contains("1,000").noneMatch(s -> s.matches("[0-9]{4,}"));
    assertThat(run.select("table.data tbody td").eachText()).contains("not measured");
  }

  @Test
  void methodsDescribesTheDegenerationDetectorWithItsThresholds() {
    Document methods = example.page("methods/index.html");
    Element heading = methods.selectFirst("h2#degeneration");
    assertThat(heading).isNotNull();
    String text = methods.selectFirst("article").text();
    assertThat(text)
        .contains("Holtzman", "Welleck", "seq-rep-n", "N = 90", "m = 3", "r = 50", "n = 4");
    assertThat(methods.select("h3#repetition-loop, h3#seq-rep")).hasSize(2);
  }

  @Test
  void everyTableOfTheseTemplatesHasACaption() {
    for (String path : List.of(BLACKMAIL, "models/opus-4/index.html", "runs/ocr-dpo/index.html")) {
      for (Element table : example.page(path).select("main table")) {
        assertThat(table.selectFirst("caption")).as("%s %s", path, table.className()).isNotNull();
        assertThat(table.selectFirst("caption").text()).isNotBlank();
      }
    }
  }
}
