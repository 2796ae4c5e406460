package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the repository's example site and checks it as a reader would. */
class ExampleSiteTest {

  @TempDir static Path out;

  static BuiltSite site;

  @BeforeAll
  static void build() {
    site = BuiltSite.build(BuiltSite.example(), out.resolve("site"));
  }

  @Test
  void anErrorRatesTranscriptsFlagTheErrorsNotCallThemCorrect() {
    // ocr/transcription measures transcription_error_rate (lower is better): a mismatch is the
    // flagged case
    List<String> pages =
        site.htmlPages().stream()
            .filter(p -> p.startsWith("samples/ocr/transcription/") && !p.endsWith("index.html"))
            .toList();
    assertThat(pages).isNotEmpty();
    for (String p : pages) {
      org.jsoup.nodes.Document page = site.page(p);
      String rationale = page.select("dd.rationale").text();
      if (rationale.startsWith("Output does not match")) {
        assertThat(page.select("dt:containsOwn(Verdict) + dd").text()).as(p).isEqualTo("flagged");
      }
    }
  }

  @Test
  void everyInternalLinkResolves() {
    SiteChecks.linksResolve(site);
  }

  @Test
  void everyChartIsWellFormedSvgWithItsCsv() throws Exception {
    assertThat(SiteChecks.figuresAreWellFormed(site)).isGreaterThanOrEqualTo(8);
  }

  @Test
  void reportChartsOfATrackedEvalDrawItsThreshold() throws Exception {
    // blackmail is tracked at 5%: the report's bar (Figure 1) and trend (Figure 2) show it, in both
    // drawings; a training chart has none
    Path report = site.out.resolve("reports/blackmail-across-versions");
    for (String file : List.of("figure-1.svg", "figure-1-narrow.svg", "figure-2.svg")) {
      assertThat(Files.readString(report.resolve(file))).as(file).contains(">Threshold 5%<");
    }
    Path training = site.out.resolve("reports/dpo-degeneration/figure-1.svg");
    assertThat(Files.readString(training)).doesNotContain("Threshold");
  }

  @Test
  void hasAPageForEveryModelEvalRunAndReport() throws Exception {
    Map<String, List<JsonNode>> byKind = resultsByKind();
    for (JsonNode models : byKind.get("models")) {
      for (JsonNode m : models.get("models")) {
        assertThat(site.page("models/" + m.get("id").asText() + "/index.html").select("h1").text())
            .isEqualTo(m.get("name").asText());
      }
    }
    for (JsonNode run : byKind.get("training-run")) {
      assertThat(
              site.page("runs/" + run.at("/run/id").asText() + "/index.html").select("h1").text())
          .isEqualTo(run.at("/run/title").asText());
    }
    try (Stream<Path> reports = Files.list(BuiltSite.example().resolve("content"))) {
      assertThat(reports.filter(p -> p.toString().endsWith(".md")))
          .allSatisfy(
              p ->
                  site.page(
                      "reports/" + p.getFileName().toString().replace(".md", "") + "/index.html"));
    }
  }

  /** Each k and n on an eval page is the one in the result file, and the rate shown is k/n. */
  @Test
  void evalPageNumbersEqualTheInputData() throws Exception {
    Map<String, String> modelNames = new HashMap<>();
    for (JsonNode models : resultsByKind().get("models")) {
      models
          .get("models")
          .forEach(m -> modelNames.put(m.get("id").asText(), m.get("name").asText()));
    }
    int checked = 0;
    for (JsonNode result : resultsByKind().get("eval-result")) {
      String evalId = result.at("/eval/id").asText();
      Document page = site.page("evals/" + evalId + "/index.html");
      String model = modelNames.get(result.get("model").asText());
      for (JsonNode row : result.get("results")) {
        if (!row.has("k")) {
          continue;
        }
        // A model measured only without a condition shows just its pooled row.
        String condition =
            result.get("results").size() == 1
                    && conditionLabel(row.get("condition")).equals("(none)")
                ? "all (pooled)"
                : conditionLabel(row.get("condition"));
        // rows are grouped under each version, named once in the group's header
        Element tr =
            page.select("table.eval-table tbody").stream()
                .filter(g -> g.select("th[scope=rowgroup]").text().equals(model))
                .flatMap(g -> g.select("tr:not(.group)").stream())
                .filter(r -> r.child(0).text().equals(condition))
                .findFirst()
                .orElseThrow(() -> new AssertionError(model + " / " + condition + " on " + evalId));
        long k = row.get("k").asLong();
        long n = row.get("n").asLong();
        assertThat(tr.child(1).text()).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", k));
        assertThat(tr.child(2).text()).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", n));
        double shown = Double.parseDouble(tr.child(3).text().replace("%", ""));
        assertThat(shown).isCloseTo(100.0 * k / n, org.assertj.core.data.Offset.offset(0.05));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void pagesCarryAContentSecurityPolicyAndOnlyTheSitesOwnScripts() {
    for (String path : site.htmlPages()) {
      Document page = site.page(path);
      assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
          .contains("default-src 'none'", "script-src 'self'");
      assertThat(page.select("script"))
          .allSatisfy(
              s -> {
                // the site's own script files: the assets, the compare page's data and a transcript
                // list's data
                String script = java.net.URI.create(path).resolve(s.attr("src")).getPath();
                assertThat(script)
                    .matches(
                        "assets/(filter|search|tables|compare|theme)\\.js|compare/data\\.js|samples/.*/samples\\.js");
                assertThat(s.data()).isEmpty();
              });
      assertThat(page.select("[onerror], [onload], [onclick]")).isEmpty();
    }
  }

  private static String conditionLabel(JsonNode condition) {
    TreeMap<String, String> sorted = new TreeMap<>();
    if (condition != null) {
      condition.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
    }
    if (sorted.isEmpty()) {
      return "(none)";
    }
    return String.join(
        ", ", sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  private static Map<String, List<JsonNode>> resultsByKind() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, List<JsonNode>> byKind = new HashMap<>();
    try (Stream<Path> files = Files.walk(BuiltSite.example().resolve("results"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode node = mapper.readTree(f.toFile());
        byKind
            .computeIfAbsent(node.get("kind").asText(), k -> new java.util.ArrayList<>())
            .add(node);
      }
    }
    return byKind;
  }
}
