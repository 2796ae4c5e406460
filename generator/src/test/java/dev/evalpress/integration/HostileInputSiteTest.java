package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.evalpress.build.SiteBuild;
import dev.evalpress.load.imports.ModelIds;
import dev.evalpress.problem.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The {@link HostileSite}, whose every free-text field is an XSS payload, checked statically: no
 * markup from a payload reaches a page, chart or CSV file, and every payload is shown as the text
 * it is. {@code XssCorpusIT} opens the same site in a browser.
 */
class HostileInputSiteTest {

  static final String CSP =
      "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self';"
          + " base-uri 'none'; form-action 'none'";

  /**
   * Elements no template writes (but for the search boxes' inputs), so one on a page came from a
   * payload.
   */
  private static final Set<String> FOREIGN_ELEMENTS =
      Set.of(
          "iframe",
          "frame",
          "object",
          "embed",
          "base",
          "svg",
          "math",
          "style",
          "input",
          "textarea",
          "button",
          "video",
          "audio",
          "source",
          "template",
          "mglyph",
          "mtext",
          "animate",
          "set",
          "noscript");

  /** Attributes that hold a URL, which must never be a script. */
  private static final List<String> URL_ATTRIBUTES =
      List.of(
          "href",
          "src",
          "action",
          "formaction",
          "data",
          "srcdoc",
          "xlink:href",
          "poster",
          "content");

  /**
   * A URL's scheme, once what a browser ignores (leading controls and spaces, tabs and newlines) is
   * dropped.
   */
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

  /** Elements the report's raw HTML may keep, beside what evalpress writes in a report's body. */
  private static final Set<String> AUTHOR_ELEMENTS =
      Set.of(
          "a",
          "abbr",
          "b",
          "blockquote",
          "br",
          "caption",
          "cite",
          "code",
          "dd",
          "del",
          "details",
          "dfn",
          "div",
          "dl",
          "dt",
          "em",
          "hr",
          "i",
          "img",
          "ins",
          "kbd",
          "li",
          "mark",
          "ol",
          "p",
          "pre",
          "q",
          "s",
          "samp",
          "small",
          "span",
          "strong",
          "sub",
          "summary",
          "sup",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "u",
          "ul",
          "var",
          "wbr",
          "h2",
          "h3",
          "figure",
          "figcaption",
          "article",
          "header",
          "footer",
          "section",
          "time");

  private static final Pattern SCRIPT_URL =
      Pattern.compile("^\\W*j\\W*a\\W*v\\W*a\\W*s\\W*c\\W*r\\W*i\\W*p\\W*t\\W*:");

  @TempDir static Path dir;

  static HostileSite.Written written;

  static BuiltSite site;

  @BeforeAll
  static void build() {
    written = HostileSite.writeSite(dir.resolve("root"));
    site = BuiltSite.build(written.root(), dir.resolve("site"));
  }

  @Test
  void linksResolve() {
    // the report quotes raw HTML with <img src=x …> and <a href=x …>, kept without their handlers
    SiteChecks.linksResolve(site, Set.of("x"));
  }

  @Test
  void everyPageCarriesTheStrictCspFirst() {
    for (String path : site.htmlPages()) {
      Document page = site.page(path);
      List<Element> csp = page.select("meta[http-equiv=Content-Security-Policy]");
      assertThat(csp).as("CSP of %s", path).hasSize(1);
      assertThat(csp.get(0).attr("content")).as("CSP of %s", path).isEqualTo(CSP);
      // A policy applies only to what follows it: nothing that loads or runs may come first.
      assertThat(
              page.selectFirst(
                  "meta[http-equiv=Content-Security-Policy], link, script, img, title"))
          .as("first of CSP, title and resources on %s", path)
          .isSameAs(csp.get(0));
    }
  }

  @Test
  void noPageHasMarkupFromAPayload() {
    for (String path : site.htmlPages()) {
      Document page = site.page(path);
      for (Element e : page.getAllElements()) {
        for (Attribute a : e.attributes()) {
          assertThat(a.getKey())
              .as("attribute of <%s> on %s", e.tagName(), path)
              .doesNotStartWith("on");
        }
        for (String name : URL_ATTRIBUTES) {
          if (e.hasAttr(name)) {
            String url = e.attr(name).toLowerCase(Locale.ROOT);
            assertThat(SCRIPT_URL.matcher(url).find())
                .as("%s of <%s> on %s: %s", name, e.tagName(), path, url)
                .isFalse();
          }
        }
      }
      for (Element script : page.select("script")) {
        // only the site's own script files: the assets, the compare page's data and a transcript
        // list's data
        assertThat(java.net.URI.create(path).resolve(script.attr("src")).getPath())
            .as("script on %s", path)
            .matches(
                "assets/(filter|search|tables|compare|theme)\\.js|compare/data\\.js|samples/.*/samples\\.js");
        assertThat(script.data()).isEmpty();
      }
      // the search boxes the templates write (the header's and the transcript list's), and the
      // phone drawing of each chart
      assertThat(
              page.select(String.join(", ", FOREIGN_ELEMENTS)).stream()
                  .filter(
                      e ->
                          !e.is(
                                  "form.site-search input[type=search], form.filters input[type=search]")
                              && !isPhoneDrawing(e)))
          .as("foreign elements on %s", path)
          .isEmpty();
      assertThat(page.select("meta")).as("meta elements on %s", path).hasSize(4);
      assertThat(page.select("title")).hasSize(1);
      // charts, and on the report the author's <img src=x …> (its onerror dropped) and an image
      // whose data: URL
      // was dropped
      assertThat(page.select("img"))
          .allSatisfy(
              img ->
                  assertThat(
                          img.attr("src").endsWith(".svg")
                              || path.startsWith("reports/")
                                  && List.of("x", "").contains(img.attr("src")))
                      .as("img %s on %s", img, path)
                      .isTrue());
    }
  }

  /**
   * The {@code <source>} a chart's {@code <picture>} offers phones: its figure's own file, {@code
   * ID-narrow.svg}.
   */
  private static boolean isPhoneDrawing(Element e) {
    Element figure = e.parent() == null ? null : e.parent().parent();
    return e.is("figure.figure > picture > source")
        && figure != null
        && e.attr("srcset").equals(figure.id() + "-narrow.svg");
  }

  @Test
  void rawHtmlInTheReportKeepsOnlyWhatIsAllowed() {
    Document page = site.page("reports/report/index.html");
    Element body = page.selectFirst(".report-body");
    assertThat(body.text()).as("the raw HTML was written").contains("Quoted:");
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.equals("srcset") && isPhoneDrawing(e)) {
          continue;
        }
        assertThat(key)
            .as("attribute of <%s>", e.tagName())
            .doesNotStartWith("on")
            .isNotIn(
                "style", "srcdoc", "formaction", "action", "data", "srcset", "http-equiv\u0000");
        if (List.of(
                "href",
                "src",
                "action",
                "formaction",
                "data",
                "xlink:href",
                "poster",
                "background",
                "cite")
            .contains(key)) {
          String url =
              a.getValue().replaceAll("^[\\x00-\\x20]+|[\\t\\n\\r]", "").toLowerCase(Locale.ROOT);
          java.util.regex.Matcher scheme = SCHEME.matcher(url);
          assertThat(!scheme.find() || ALLOWED_SCHEMES.contains(scheme.group(1)))
              .as("%s of <%s>: %s", key, e.tagName(), a.getValue())
              .isTrue();
        }
      }
    }
    assertThat(page.select("meta[http-equiv]")).hasSize(1); // the CSP
    assertThat(page.select("link"))
        .allSatisfy(link -> assertThat(link.attr("rel")).isEqualTo("stylesheet"));
    // the site header's search box and scripts are evalpress's own, outside the report's HTML
    assertThat(
            page
                .select(
                    "base, form, button, iframe, object, embed, svg, math, animate, set, script, style")
                .stream()
                .filter(e -> e.closest("header.site-header") == null && e.closest("head") == null))
        .isEmpty();
    for (Element e : body.getAllElements()) {
      // a chart's <picture> and its phone drawing are the template's, not the author's
      if (e != body && !e.is("figure.figure > picture") && !isPhoneDrawing(e)) {
        assertThat(e.tagName()).as("element in the report").isIn(AUTHOR_ELEMENTS);
      }
    }
    // what was allowed of the payloads
    assertThat(body.select("details[open] > summary").eachText()).contains("i");
    assertThat(body.select("a:not(.anchor)").eachText())
        .contains("a", "b", "c", "d", "e", "f", "h");
  }

  @Test
  void everyPayloadInASampleOutputIsShownAsItsText() {
    List<String> outputs = new ArrayList<>();
    for (String path : site.htmlPages()) {
      if (path.matches("samples/.*/\\d+\\.html")) {
        site.page(path)
            .select(".message.output > pre")
            .forEach(pre -> outputs.add(pre.wholeText()));
      }
    }
    for (String payload : XssPayloads.all()) {
      // An HTML parser drops NUL from text.
      assertThat(outputs).as("outputs").contains(payload.replace("\u0000", ""));
    }
  }

  @Test
  void namesTitlesAndImportedFieldsAreShownAsTheirText() {
    assertThat(site.page("models/m-1/index.html").selectFirst("h1").text())
        .isEqualTo(XssPayloads.formulas().get(0));
    assertThat(site.page("models/m-2/index.html").selectFirst("h1").text())
        .isEqualTo(XssPayloads.formulas().get(4).strip());
    assertThat(site.page("runs/r-1/index.html").selectFirst("h1").text())
        .isEqualTo(XssPayloads.formulas().get(3));
    String model = "<img src=x onerror=" + XssPayloads.SCRIPT + ">";
    assertThat(
            site.page("evals/agentic-misalignment/blackmail/index.html")
                .select("table.eval-table th[scope=rowgroup] a")
                .eachText())
        .contains(model);
    assertThat(
            site.page("evals/agentic-misalignment/blackmail/index.html")
                .select("table.eval-table td")
                .eachText())
        .anyMatch(c -> c.contains("goal_value=\"><svg onload=" + XssPayloads.SCRIPT + ">"));
    // Inspect: the task is the eval's title, the scorer its grader, the run id in its notes; a
    // failed run's model
    // is listed among the runs that did not complete.
    Document inspect =
        site.page(
            site.htmlPages().stream()
                .filter(p -> p.startsWith("evals/inspect/svg-"))
                .findFirst()
                .orElseThrow());
    assertThat(inspect.selectFirst("h1").text())
        .isEqualTo("<svg onload=" + XssPayloads.SCRIPT + ">");
    assertThat(inspect.select("td, ol.run-notes li").eachText())
        .contains(
            "'><img src=x onerror=" + XssPayloads.SCRIPT + ">",
            "Imported from an Inspect AI eval log (run </script><script>"
                + XssPayloads.SCRIPT
                + "</script>).");
    assertThat(site.page("evals/inspect/popularity/index.html").select("td a").eachText())
        .contains("mock/\"><svg onload=" + XssPayloads.SCRIPT + ">");
  }

  @Test
  void lmEvalNamesAreShownAsTheirText() {
    String model = ModelIds.normalize(HostileSite.LM_EVAL_MODEL);
    assertThat(site.page("models/" + model + "/index.html").selectFirst("h1").text())
        .isEqualTo(HostileSite.LM_EVAL_MODEL);
    Document mc = site.page("evals/lm-eval/" + HostileSite.LM_EVAL_MC_TASK + "/acc/index.html");
    // The harness version and model type (config.model) are in the run notes.
    assertThat(mc.select("td, ol.run-notes li").eachText())
        .anyMatch(
            t ->
                t.startsWith(
                    "Imported from lm-evaluation-harness 0.4.8\"><script>"
                        + XssPayloads.SCRIPT
                        + "</script>, model type hf<img src=x onerror="
                        + XssPayloads.SCRIPT
                        + ">, 0-shot."));
    assertThat(mc.select("td a").eachText()).contains(HostileSite.LM_EVAL_MODEL);
    // Task, metric and filter names are in the eval titles, whole; the ids keep only the safe
    // characters.
    List<String> titles =
        site.htmlPages().stream()
            .filter(p -> p.matches("evals/lm-eval/gen-[^/]+/[^/]+/index.html"))
            .map(p -> site.page(p).selectFirst("h1").text())
            .toList();
    assertThat(titles)
        .containsExactlyInAnyOrder(
            HostileSite.LM_EVAL_GEN_TASK + " (em," + HostileSite.LM_EVAL_FILTER + ")",
            HostileSite.LM_EVAL_GEN_TASK + " (" + HostileSite.LM_EVAL_METRIC_KEY + ")");
  }

  @Test
  void lmEvalTranscriptsShowEverySampleFieldAsItsText() throws Exception {
    String model = ModelIds.normalize(HostileSite.LM_EVAL_MODEL);
    List<String> lists =
        site.htmlPages().stream()
            .filter(
                p ->
                    p.startsWith("samples/lm-eval/")
                        && p.endsWith("/models/" + model + "/index.html"))
            .toList();
    assertThat(lists)
        .hasSize(3)
        .contains(
            "samples/lm-eval/"
                + HostileSite.LM_EVAL_MC_TASK
                + "/acc/models/"
                + model
                + "/index.html");
    List<String> transcripts =
        site.htmlPages().stream()
            .filter(p -> p.startsWith("samples/lm-eval/") && p.matches(".*/\\d+\\.html"))
            .toList();
    // two documents of the multiple-choice task, and two under each filter of the generation task
    assertThat(transcripts).hasSize(6);
    List<String> texts = new ArrayList<>();
    List<String> docs = new ArrayList<>();
    for (String path : transcripts) {
      Document page = site.page(path);
      page.select("h1 code, dd, .message pre").forEach(e -> texts.add(e.wholeText()));
      page.select("dt").stream()
          .filter(dt -> dt.text().equals("doc"))
          .forEach(dt -> docs.add(dt.nextElementSibling().wholeText()));
    }
    assertThat(written.lmEvalShown())
        .hasSizeGreaterThan(20)
        .allSatisfy(
            shown -> {
              // An HTML parser drops NUL from text.
              String text = shown.replace("\u0000", "");
              assertThat(texts).as("transcript texts").anyMatch(t -> t.contains(text));
            });
    assertThat(docs).hasSize(6);
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    for (String inDoc : written.lmEvalInDocs()) {
      String quoted = json.writeValueAsString(inDoc);
      assertThat(docs).as("documents").anyMatch(d -> d.contains(quoted));
    }
  }

  @Test
  void agenticMisalignmentTranscriptsShowEveryResponseFieldAndPromptAsItsText() {
    List<String> pages =
        site.htmlPages().stream()
            .filter(p -> p.startsWith("samples/agentic-misalignment/"))
            .toList();
    assertThat(pages).hasSize(4); // the list and three samples
    List<String> texts = pages.stream().map(p -> site.page(p).wholeText()).toList();
    assertThat(written.agenticShown())
        .hasSize(18)
        .allSatisfy(
            shown -> {
              String text = shown.replace("\u0000", "");
              assertThat(texts).as("transcript texts").anyMatch(t -> t.contains(text));
            });
  }

  @Test
  void referencesAndTemplateSyntaxInResultsStayText() {
    // Only the report's own three references render; the {{rate …}} in results is text.
    assertThat(
            site.htmlPages().stream()
                .mapToInt(p -> site.page(p).select("span.data-ref").size())
                .sum())
        .isEqualTo(3);
    String text =
        String.join("\n", site.htmlPages().stream().map(p -> site.page(p).wholeText()).toList());
    assertThat(text).contains("{{rate am/hostile m-1}}", "[[${7*7}]] [(${7*7})] __${7*7}__");
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
    int neutralised = 0;
    int neutralisedAfterSpace = 0;
    for (String path : site.files()) {
      if (!path.endsWith(".csv")) {
        continue;
      }
      for (String cell : csvCells(site.text(path))) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
          assertThat(cell).as("cell of %s", path).matches("-?[0-9.]+(E-?[0-9]+)?");
        }
        // after whitespace too: spreadsheets that trim cells on import would run it
        assertThat(cell).as("cell of %s", path).doesNotMatch("(?s)[\\s\\p{Z}]+[=+@-].*");
        String rest = cell.isEmpty() ? "" : cell.substring(1).strip();
        if (cell.startsWith("'") && !rest.isEmpty() && "=+-@".indexOf(rest.charAt(0)) >= 0) {
          neutralised++;
          if (cell.startsWith("' ")) {
            neutralisedAfterSpace++;
          }
        }
      }
    }
    assertThat(neutralised).as("formula cells neutralised").isGreaterThan(0);
    assertThat(neutralisedAfterSpace)
        .as("formula cells after a space neutralised")
        .isGreaterThan(0);
  }

  @Test
  void chartsHoldPayloadsOnlyAsText() throws Exception {
    int payloadsInText = 0;
    for (String path : site.files()) {
      if (!path.endsWith(".svg")) {
        continue;
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      org.w3c.dom.Document svg =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(Files.readAllBytes(site.out.resolve(path))));
      NodeList all = svg.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
        assertThat(e.getLocalName())
            .as("element in %s", path)
            .isNotIn(
                "script",
                "foreignObject",
                "iframe",
                "img",
                "image",
                "a",
                "use",
                "animate",
                "set",
                "handler");
        NamedNodeMap attributes = e.getAttributes();
        for (int j = 0; j < attributes.getLength(); j++) {
          String name =
              attributes.item(j).getLocalName() == null
                  ? attributes.item(j).getNodeName()
                  : attributes.item(j).getLocalName();
          assertThat(name)
              .as("attribute of <%s> in %s", e.getLocalName(), path)
              .doesNotStartWith("on");
          assertThat(
                  SCRIPT_URL
                      .matcher(attributes.item(j).getNodeValue().toLowerCase(Locale.ROOT))
                      .find())
              .as("%s of <%s> in %s", name, e.getLocalName(), path)
              .isFalse();
        }
      }
      NodeList texts = svg.getElementsByTagNameNS("*", "text");
      for (int i = 0; i < texts.getLength(); i++) {
        if (texts.item(i).getTextContent().contains("onerror=")
            || texts.item(i).getTextContent().contains("<script")) {
          payloadsInText++;
        }
      }
      assertThat(Files.readString(site.out.resolve(path), StandardCharsets.UTF_8))
          .doesNotContain("<![CDATA[");
    }
    assertThat(payloadsInText).as("payloads drawn as chart text").isGreaterThan(0);
  }

  @Test
  void hostileNamesFromImportsBecomeSafeIdsAndPaths() {
    // Importers make ids from names such as "<img src=x onerror=…>"; the ids name folders and
    // links.
    assertThat(site.files()).isNotEmpty().allSatisfy(f -> assertThat(f).matches("[a-z0-9._/-]+"));
  }

  @Test
  void idsOutsideTheSafeCharsetAreRejected(@TempDir Path roots) throws Exception {
    int i = 0;
    for (String id : HostileSite.UNSAFE_IDS) {
      Path results = Files.createDirectories(roots.resolve("root-" + i++).resolve("results"));
      String quoted = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(id);
      Files.writeString(
          results.resolve("models.json"),
          "{\"kind\": \"models\", \"version\": 1, \"models\": [{\"id\": "
              + quoted
              + ", \"name\": \"n\", \"family\": \"f\", \"released\": \"2025-01-01\"}]}");
      Files.writeString(
          results.resolve("run.json"),
          "{\"kind\": \"training-run\", \"version\": 1, \"run\": {\"id\": "
              + quoted
              + ", \"title\": \"t\"}, \"metrics\": {\"m\": {\"direction\": \"lower-is-better\"}},"
              + " \"points\": [{\"step\": 0, \"m\": 1}]}");
      Files.writeString(
          results.resolve("eval.json"),
          "{\"kind\": \"eval-result\", \"version\": 1, \"eval\": {\"id\": "
              + quoted
              + ", \"title\": \"t\", \"metric\": \"m\", \"category\": \"other\", \"direction\": \"lower-is-better\"},"
              + " \"model\": "
              + quoted
              + ", \"results\": [{\"k\": 1, \"n\": 2}]}");
      InputException e =
          catchThrowableOfType(
              InputException.class, () -> new SiteBuild(results.getParent()).check());
      assertThat(e).as("id %s", id).isNotNull();
      assertThat(e.problems())
          .extracting(Object::toString)
          .as("id %s", id)
          .anyMatch(p -> p.startsWith("results/models.json") && p.contains("/models/0/id"))
          .anyMatch(p -> p.startsWith("results/run.json") && p.contains("/run/id"))
          .anyMatch(p -> p.startsWith("results/eval.json") && p.contains("/eval/id"));
    }
  }

  /** The cells of an RFC 4180 document, unquoted. */
  private static List<String> csvCells(String csv) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',' || c == '\n') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }
}
