package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report with raw HTML, harmless and hostile ({@link XssPayloads#rawHtml()}, as blocks and
 * inline), built into a site: what the allowlist keeps renders, and nothing else survives. {@code
 * XssCorpusIT} opens the same payloads in a browser, in the {@link HostileSite}'s report.
 */
class RawHtmlSiteTest {

  private static final String HARMLESS =
      """
      H<sub>2</sub>O and x<sup>2</sup>; press <kbd>Ctrl</kbd>+<kbd>C</kbd>; an <abbr title="Large language model">LLM</abbr>;
      a line<br>break; a <a href="https://example.org/paper">citation</a> and an <a href="#setup">anchor</a>.

      <img src="figure.png" alt="A figure the author added">

      <details>
      <summary>Full prompt</summary>

      The prompt, in *Markdown*.

      </details>
      """;

  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
  private static final List<String> URL_ATTRIBUTES =
      List.of(
          "href",
          "src",
          "action",
          "formaction",
          "data",
          "xlink:href",
          "poster",
          "background",
          "cite",
          "ping",
          "content");

  @TempDir static Path dir;

  static BuiltSite site;

  static Document page;

  @BeforeAll
  static void build() throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    StringBuilder md =
        new StringBuilder("---\ntitle: Raw HTML\ndate: 2025-05-01\n---\n\n## Setup\n\n")
            .append(HARMLESS);
    for (String html : XssPayloads.rawHtml()) {
      md.append('\n').append(html).append("\n\nQuoted: ").append(html).append('\n');
    }
    Files.writeString(root.resolve("content/raw.md"), md.toString(), StandardCharsets.UTF_8);
    site = BuiltSite.build(root, dir.resolve("site"));
    page = site.page("reports/raw/index.html");
  }

  @Test
  void harmlessHtmlRenders() {
    Element body = page.selectFirst(".report-body");
    assertThat(body.select("sub").eachText()).containsExactly("2");
    assertThat(body.select("sup").eachText()).containsExactly("2");
    assertThat(body.select("kbd").eachText()).containsExactly("Ctrl", "C");
    assertThat(body.select("abbr[title=Large language model]").text()).isEqualTo("LLM");
    assertThat(body.select("br")).hasSize(1);
    assertThat(body.select("a[href=https://example.org/paper]").text()).isEqualTo("citation");
    assertThat(body.select("a[href=#setup]:not(.anchor)").text()).isEqualTo("anchor");
    assertThat(body.select("img[src=figure.png]").attr("alt"))
        .isEqualTo("A figure the author added");
    assertThat(body.select("details > summary").eachText())
        .containsExactly("Full prompt", "i", "i");
    assertThat(body.select("details > p > em").text()).isEqualTo("Markdown");
  }

  @Test
  void noHandlerDisallowedSchemeOrDisallowedElementSurvives() {
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(key)
            .as("attribute of <%s>", e.tagName())
            .doesNotStartWith("on")
            .isNotIn("style", "srcdoc", "srcset", "formaction", "action", "data");
        if (URL_ATTRIBUTES.contains(key) && !e.tagName().equals("meta")) {
          // what a browser ignores: leading controls and spaces, tabs and newlines anywhere
          String url =
              a.getValue().replaceAll("^[\\x00-\\x20]+|[\\t\\n\\r]", "").toLowerCase(Locale.ROOT);
          Matcher scheme = SCHEME.matcher(url);
          assertThat(!scheme.find() || ALLOWED_SCHEMES.contains(scheme.group(1)))
              .as("%s of <%s>: %s", key, e.tagName(), a.getValue())
              .isTrue();
        }
      }
    }
    // the site header's search box and scripts, and the theme script in the head, are evalpress's
    // own
    assertThat(
            page
                .select(
                    "svg, animate, set, math, mtext, mglyph, style, noscript, form, input, button, iframe,"
                        + " object, embed, base, link:not([rel=stylesheet]), meta[http-equiv=refresh], script")
                .stream()
                .filter(e -> e.closest("header.site-header") == null && e.closest("head") == null))
        .isEmpty();
    assertThat(page.select(".report-body a[href]").eachAttr("href"))
        .containsOnly("https://example.org/paper", "#setup", "x");
    assertThat(page.select(".report-body img").eachAttr("src")).containsOnly("figure.png", "x");
  }

  @Test
  void pagesStayWellFormed() {
    SiteChecks.linksResolve(site, Set.of("figure.png", "x"));
    SiteChecks.idsAreUnique(site);
  }
}
