package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static parts of the compare page on built sites: every model page links to it with its pair
 * in the query string, the page reads without JavaScript (it says it needs it and links to every
 * model page), and its data file holds every version's pooled counts, with hostile names escaped
 * for a script. What the page computes is checked in a browser by {@link CompareViewIT}.
 */
class ComparePageSiteTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "window.evalpressCompareData = ";

  @TempDir static Path dir;

  static BuiltSite example;
  static BuiltSite hostile;

  @BeforeAll
  static void build() {
    example = BuiltSite.build(BuiltSite.example(), dir.resolve("example"));
    hostile =
        BuiltSite.build(HostileSite.write(dir.resolve("hostile-root")), dir.resolve("hostile"));
  }

  @Test
  void everyModelPageLinksToTheComparisonWithItsPredecessor() {
    List<String> models =
        example.htmlPages().stream().filter(p -> p.matches("models/[^/]+/index\\.html")).toList();
    assertThat(models).hasSizeGreaterThan(5);
    for (String path : models) {
      String id = path.split("/")[1];
      Element link = example.page(path).selectFirst("p.compare-link a");
      assertThat(link).as(path).isNotNull();
      assertThat(link.text()).isEqualTo("Compare with any other version");
      assertThat(link.attr("href"))
          .as(path)
          .startsWith("../../compare/index.html?")
          .endsWith("b=" + id);
    }
    assertThat(
            example.page("models/opus-4-1/index.html").selectFirst("p.compare-link a").attr("href"))
        .isEqualTo("../../compare/index.html?a=opus-4&b=opus-4-1");
    assertThat(
            example
                .page("models/haiku-3-5/index.html")
                .selectFirst("p.compare-link a")
                .attr("href"))
        .as("no predecessor: the page chooses the version before")
        .isEqualTo("../../compare/index.html?b=haiku-3-5");
    SiteChecks.linksResolve(example);
  }

  @Test
  void withoutJavaScriptThePageSaysSoAndLinksToEveryModelPage() {
    Document page = example.page("compare/index.html");
    assertThat(page.select("h1").text()).isEqualTo("Compare two versions");
    assertThat(page.selectFirst("form.compare-picker").hasAttr("hidden")).isTrue();
    assertThat(page.select(".compare-static p").text()).contains("needs JavaScript");
    List<String> linked = page.select(".compare-fallback a").eachAttr("href");
    assertThat(linked).contains("../models/opus-4-1/index.html", "../models/ocr-v2/index.html");
    assertThat(page.select(".compare-fallback li:has(a[href$=opus-4-1/index.html])").text())
        .isEqualTo("Claude Opus 4.1 compared with Claude Opus 4");
    assertThat(page.select("script").eachAttr("src"))
        .containsExactly(
            "../assets/theme.js",
            "../assets/search.js",
            "../assets/tables.js",
            "data.js",
            "../assets/compare.js");
    assertThat(page.select("script:not([src]), [style], [onload], [onclick]")).isEmpty();
    // the picker offers every version, grouped by family
    assertThat(page.select("select[name=a] optgroup[label=claude] option").eachAttr("value"))
        .contains("sonnet-3-7", "opus-4", "opus-4-1");
    assertThat(page.select("select[name=b] option")).hasSameSizeAs(linked);
  }

  @Test
  void theDataFileHoldsEachVersionsPooledCountsAndTheirTexts() throws IOException {
    JsonNode data = data(example);
    assertThat(data.get("z").asDouble())
        .isCloseTo(1.959964, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(data.get("alpha").asDouble()).isEqualTo(0.05);
    assertThat(data.get("levelLabel").asText()).isEqualTo("95%");
    List<String> ids = new ArrayList<>();
    data.get("models").forEach(m -> ids.add(m.get("id").asText()));
    assertThat(ids).contains("sonnet-3-7", "opus-4", "opus-4-1");
    JsonNode blackmail = null;
    for (JsonNode e : data.get("evals")) {
      if (e.get("id").asText().equals("agentic-misalignment/blackmail")) {
        blackmail = e;
      }
    }
    assertThat(blackmail).isNotNull();
    assertThat(blackmail.get("lowerIsBetter").asBoolean()).isTrue();
    JsonNode opus41 = null;
    for (JsonNode r : blackmail.get("results")) {
      if (ids.get(r.get(0).asInt()).equals("opus-4-1")) {
        opus41 = r;
      }
    }
    // k, n, and the same texts as the model page shows for Claude Opus 4.1
    Element row =
        example
            .page("models/opus-4-1/index.html")
            .selectFirst("#eval-agentic-misalignment\\/blackmail tbody tr.pooled");
    assertThat(opus41).hasSize(5);
    assertThat(opus41.get(2).asText()).isEqualTo(row.select("td").get(3).text());
    assertThat(opus41.get(3).asText()).isEqualTo(row.select("td").get(1).text());
    assertThat(opus41.get(4).asText()).isEqualTo(row.select("td").get(2).text());
  }

  @Test
  void hostileNamesInTheDataFileCannotCloseAScriptOrBreakAString() throws IOException {
    String text = hostile.text("compare/data.js");
    assertThat(text).startsWith(PREFIX).endsWith(";\n");
    assertThat(text).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    // yet the names read back as they were written: the escapes mean the same characters
    String names = data(hostile).toString();
    assertThat(names).contains("</script>", "<svg onload=");
  }

  private static JsonNode data(BuiltSite site) throws IOException {
    String text = site.text("compare/data.js");
    assertThat(text).startsWith(PREFIX);
    return JSON.readTree(text.substring(PREFIX.length(), text.length() - 2));
  }
}
