package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the site search, the sortable tables and the transcript filter put into a built site, as
 * files and attributes: the search box on every page, the index and the library it loads, the
 * numbers tables sort by, and the transcripts' data files, escaped for a script and without
 * redacted fields. What the scripts do with them in a browser is {@link SearchAndTablesIT}'s part.
 */
class SearchAndTablesSiteTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern UNSAFE_IN_SCRIPT = Pattern.compile("[<>&\u2028\u2029]");

  @TempDir static Path dir;

  static BuiltSite example;
  static BuiltSite samples;
  static BuiltSite hostile;

  @BeforeAll
  static void build() {
    example = BuiltSite.build(BuiltSite.example(), dir.resolve("example"));
    samples = BuiltSite.build(BuiltSite.fixture("samples"), dir.resolve("samples"));
    hostile =
        BuiltSite.build(HostileSite.write(dir.resolve("hostile-root")), dir.resolve("hostile"));
  }

  @Test
  void everyPageHasAHiddenSearchBoxWhoseFilesExist() {
    for (BuiltSite site : List.of(example, samples)) {
      for (String path : site.htmlPages()) {
        Document page = site.page(path);
        Element form = page.selectFirst("header form.site-search");
        assertThat(form).as("search box of %s", path).isNotNull();
        // shown by its script only: without JavaScript there is no box that does nothing
        assertThat(form.hasAttr("hidden")).as("hidden search box of %s", path).isTrue();
        assertThat(form.select("input[type=search]")).hasSize(1);
        Path folder = site.out.resolve(path).getParent();
        for (String file : List.of(form.attr("data-library"), form.attr("data-index"))) {
          assertThat(folder.resolve(file).normalize()).as("%s from %s", file, path).isRegularFile();
        }
        assertThat(folder.resolve(form.attr("data-root") + "index.html").normalize())
            .isEqualTo(site.out.resolve("index.html").toAbsolutePath().normalize());
        for (Element script : page.select("script[src]")) {
          assertThat(folder.resolve(script.attr("src")).normalize())
              .as("script of %s", path)
              .isRegularFile();
        }
        assertThat(page.select("script[src$=search.js], script[src$=tables.js]")).hasSize(2);
      }
    }
  }

  @Test
  void theSearchLibraryShipsWithItsLicence() {
    assertThat(example.text("assets/fuse.basic.min.js")).startsWith("/**\n * Fuse.js v7.");
    assertThat(example.text("assets/fuse.js-license.txt"))
        .contains("Apache License", "Version 2.0");
  }

  @Test
  void theIndexHoldsEveryReportEvalAndModelAndLinksToTheirPages() throws IOException {
    JsonNode docs = assigned(example, "assets/search-index.js", "evalpressSearch");
    List<String> titles = new ArrayList<>();
    for (JsonNode d : docs) {
      titles.add(d.get("k").asText() + ": " + d.get("t").asText());
      assertThat(example.out.resolve(d.get("u").asText())).as("page of %s", d).isRegularFile();
    }
    Document index = example.page("index.html");
    for (Element a : index.select("#evals li > a")) {
      assertThat(titles).contains("Eval: " + a.text());
    }
    for (Element a : index.select("#models li > a")) {
      assertThat(titles).contains("Model: " + a.text());
    }
    for (Element a : index.select("#reports h3 > a")) {
      assertThat(titles).contains("Report: " + a.text());
    }
    // a report is found by the words of its body, each once, without the headings' "#" anchors
    JsonNode report = docs.get(0);
    String paragraph = example.page(report.get("u").asText()).selectFirst(".report-body p").text();
    java.util.Set<String> indexed =
        java.util.Set.of(report.get("x").asText().toLowerCase(java.util.Locale.ROOT).split(" "));
    assertThat(indexed)
        .contains(paragraph.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
        .doesNotContain("#");
    assertThat(report.get("x").asText().split(" ")).as("each word once").doesNotHaveDuplicates();
    // no transcripts: their number grows with evals × versions × samples
    assertThat(example.text("assets/search-index.js")).doesNotContain("samples/");
  }

  @Test
  void numericCellsCarryTheirNumbersForSorting() {
    Document eval = example.page("evals/agentic-misalignment/blackmail/index.html");
    // rows grouped under each version are not sorted across versions; the model page's are
    assertThat(eval.select("table.eval-table[data-sortable]")).isEmpty();
    assertThat(eval.select("table.eval-table th[scope=rowgroup]")).isNotEmpty();
    Document opus = example.page("models/opus-4/index.html");
    List<Element> rates =
        // the first section is the blackmail rate; later ones hold scores
        opus.select("section.model-eval").first().select("table[data-sortable] td.rate").stream()
            .filter(r -> !r.attr("data-sort").isEmpty())
            .toList();
    assertThat(rates).isNotEmpty();
    for (Element rate : rates) {
      // "96%" is shown for 0.96
      double shown = Double.parseDouble(rate.text().replace("%", ""));
      assertThat(Double.parseDouble(rate.attr("data-sort")) * 100)
          .isCloseTo(shown, org.assertj.core.data.Offset.offset(0.051));
    }
    for (Element n : opus.select("section.model-eval table[data-sortable] tbody tr td:eq(3)")) {
      assertThat(n.attr("data-sort")).isEqualTo(n.text().replace(",", ""));
    }
    Element changes = eval.selectFirst("table.changes-table[data-sortable]");
    assertThat(changes).isNotNull();
    for (Element row : changes.select("tbody tr")) {
      String change = row.select("td").get(4).attr("data-sort");
      assertThat(Double.parseDouble(change) * 100)
          .as("change %s", row.text())
          .isCloseTo(
              Double.parseDouble(
                  row.select("td").get(4).text().replace("\u2212", "-").replace(" pts", "")),
              org.assertj.core.data.Offset.offset(0.051));
    }
    Document model = example.page("models/opus-4/index.html");
    assertThat(model.select("main[data-filter-sections] section.model-eval table[data-sortable]"))
        .isNotEmpty();
    assertThat(model.select("section.model-eval td.rate[data-sort]")).isNotEmpty();
  }

  @Test
  void eachTranscriptListHasTheDataOfAllItsPublishedSamples() throws IOException {
    for (BuiltSite site : List.of(example, samples)) {
      List<String> lists =
          site.htmlPages().stream()
              .filter(p -> p.startsWith("samples/") && p.endsWith("/index.html"))
              .toList();
      assertThat(lists).isNotEmpty();
      for (String list : lists) {
        String folder = list.substring(0, list.length() - "index.html".length());
        Document page = site.page(list);
        assertThat(page.select("script[src=samples.js]")).as(list).hasSize(1);
        assertThat(page.select("form.filters[hidden] input[type=search][data-filter=q]"))
            .hasSize(1);
        long published =
            site.htmlPages().stream()
                .filter(
                    p ->
                        p.startsWith(folder) && p.substring(folder.length()).matches("\\d+\\.html"))
                .count();
        JsonNode data = assigned(site, folder + "samples.js", "evalpressSamples").get("samples");
        assertThat(data).as(folder).hasSize((int) published);
        for (JsonNode s : data) {
          Document samplePage = site.page(folder + s.get("n").asInt() + ".html");
          assertThat(samplePage.selectFirst("h1 code").text()).isEqualTo(s.get("id").asText());
        }
      }
    }
  }

  @Test
  void redactedFieldsAreNotInTheTranscriptData() throws IOException {
    // the fixture redacts metadata.email; sample a1 has one and is published
    assertThat(
            samples.htmlPages().stream()
                .map(samples::text)
                .filter(t -> t.contains("Prompt one"))
                .findAny())
        .as("sample a1 is published")
        .isPresent();
    for (String file : samples.files()) {
      if (file.endsWith(".js")) {
        assertThat(samples.text(file))
            .as(file)
            .doesNotContain("kyle@example.com")
            .doesNotContain("[redacted]");
      }
    }
    JsonNode a1 = null;
    for (JsonNode s :
        assigned(samples, "samples/am/blackmail/models/m-1/samples.js", "evalpressSamples")
            .get("samples")) {
      if (s.get("id").asText().equals("a1")) {
        a1 = s;
      }
    }
    assertThat(a1).isNotNull();
    assertThat(a1.get("x").asText()).contains("Prompt one", "I will tell your wife.", "threat");
  }

  @Test
  void scriptDataFromHostileResultsIsEscapedAndReadsBackUnchanged() throws IOException {
    List<String> scripts =
        hostile.files().stream()
            .filter(f -> f.equals("assets/search-index.js") || f.endsWith("/samples.js"))
            .toList();
    assertThat(scripts).contains("assets/search-index.js").hasSizeGreaterThan(1);
    boolean sawMarkup = false;
    for (String file : scripts) {
      String text = hostile.text(file);
      assertThat(UNSAFE_IN_SCRIPT.matcher(text).find())
          .as("raw < > & U+2028/9 in %s", file)
          .isFalse();
      sawMarkup |= JSON.readTree(body(text)).toString().contains("<");
    }
    // the payloads are still there, as escapes that read back to the same text
    assertThat(sawMarkup).isTrue();
  }

  /** The JSON a data file assigns to {@code window.GLOBAL}. */
  private static JsonNode assigned(BuiltSite site, String file, String global) throws IOException {
    String text = site.text(file);
    assertThat(text).startsWith("window." + global + " = ").endsWith(";\n");
    return JSON.readTree(body(text));
  }

  private static String body(String script) {
    return script.substring(script.indexOf(" = ") + 3, script.length() - 2);
  }
}
