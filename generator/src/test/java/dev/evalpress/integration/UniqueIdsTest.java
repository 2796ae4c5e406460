package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every id on a page is unique: headings that would take a footnote's, figure's or table's id, or
 * each other's, get another one, and inline references count in heading ids and alt text instead of
 * vanishing.
 */
class UniqueIdsTest {

  static final String COLLIDING_REPORT =
      """
      ---
      title: Colliding ids
      date: 2025-03-02
      ---

      Text with a footnote.[^1] And another.[^2] Again.[^1]

      ## fn-1

      ## fnref-1

      ## Figure 1

      ## Section Figure 1

      ## Table 1

      ```chart
      type: bar
      eval: am/blackmail
      caption: A figure
      ```

      ```table
      eval: am/blackmail
      ```

      ## Rate {{rate am/blackmail m-1}}

      ## Rate {{rate am/blackmail m-2}}

      ## Rate

      ## Rate

      ## Explicit {#fn-2}

      ## Other {#figure-1}

      ## Twice {#twice}

      ## Twice again {#twice}

      ## Contents

      A paragraph that claims a table's id.
      {#table-1}

      Emphasis that claims a footnote's *id*{#fn-1} and a heading's *id*{#twice}.

      ![Degeneration {{rate am/blackmail/degeneration m-1}}](data:,x)

      [^1]: One.
      [^2]: Two.
      """;

  @Test
  void collidingHeadingsGetUniqueIds(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("samples"), dir.resolve("root"));
    Files.writeString(root.resolve("content/ids.md"), COLLIDING_REPORT, StandardCharsets.UTF_8);
    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));

    SiteChecks.idsAreUnique(site);
    SiteChecks.linksResolve(site);
    Document page = site.page("reports/ids/index.html");
    assertThat(page.getElementById("fn-1").tagName()).isEqualTo("li");
    assertThat(page.getElementById("figure-1").tagName()).isEqualTo("figure");
    assertThat(page.getElementById("table-1").tagName()).isEqualTo("figure");
    assertThat(page.select("h2[id^=rate]").eachAttr("id"))
        .containsExactly(
            "rate-rate-amblackmail-m-1", "rate-rate-amblackmail-m-2", "rate", "rate-1");
    assertThat(page.select("nav.toc a").eachText()).contains("Rate 50% (95% CI 15.0–85.0%, n = 4)");
    assertThat(page.select("img[alt^=Degeneration]").attr("alt"))
        .isEqualTo("Degeneration 25% (95% CI 4.6–69.9%, n = 4)");
  }

  @Test
  void exampleSiteHasNoDuplicateIds(@TempDir Path dir) {
    SiteChecks.idsAreUnique(BuiltSite.build(BuiltSite.example(), dir.resolve("site")));
  }

  @Test
  void hostileSiteHasNoDuplicateIds(@TempDir Path dir) {
    SiteChecks.idsAreUnique(
        BuiltSite.build(HostileSite.write(dir.resolve("root")), dir.resolve("site")));
  }
}
