package dev.evalpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evalpress export --release}: the example site's latest Claude version exported in every
 * format and read back as a user's tools would (a GFM parser, a JSON Schema validator, an HTML
 * parser), byte-identical across runs, and agreeing with {@code check --fail-on-regression}.
 */
class ExportCommandTest {

  private static final String EXAMPLE = "..";
  private static final String SMALL = "src/test/resources/sites/small";
  private static final String LATEST_CLAUDE = "haiku-4-5";
  private static final Map<String, String> EPOCH = Map.of("SOURCE_DATE_EPOCH", "1764892800");

  @TempDir static Path exported;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void exportTheExample() {
    int code =
        EvalpressCommand.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            EPOCH,
            "export",
            "--root",
            EXAMPLE,
            "--release",
            LATEST_CLAUDE,
            "--format",
            "html,md",
            "--format",
            "json",
            "--out",
            exported.resolve("first").toString());
    assertThat(code).isZero();
  }

  private int run(Map<String, String> env, String... args) {
    return EvalpressCommand.run(new PrintWriter(out), new PrintWriter(err), env, args);
  }

  private static String read(String name) throws Exception {
    return Files.readString(exported.resolve("first").resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void markdownTableParsesAsGfmWithEveryNumber() throws Exception {
    String md = read("release-haiku-4-5.md");
    assertThat(md.length()).isLessThan(100_000);
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    Node doc = Parser.builder(options).build().parse(md);
    List<List<String>> rows = new ArrayList<>();
    for (Node n : descendants(doc)) {
      if (n instanceof TableRow row) {
        List<String> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof TableCell cell) {
            cells.add(cell.getText().toString().strip());
          }
        }
        rows.add(cells);
      }
    }
    assertThat(descendants(doc)).anyMatch(n -> n instanceof TableBlock);
    assertThat(rows)
        .anySatisfy(
            r ->
                assertThat(r)
                    .hasSize(8)
                    .contains(
                        "2%",
                        "1.0–3.9%",
                        "400",
                        "Claude Haiku 3.5",
                        "−3.8 pts",
                        "−6.7 to −1.1",
                        "improved, Fisher p = 0.00924"));
    assertThat(md)
        .startsWith("# Release summary: Claude Haiku 4.5\n\n**Release gate: passed.**")
        .contains("[^interval]:", "[^change]:", "2025-12-05T00:00:00Z");
  }

  @Test
  void markdownLinksToTheSiteGivenABaseUrl(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("notes.md");
    assertThat(
            run(
                EPOCH,
                "export",
                "--root",
                EXAMPLE,
                "--release",
                LATEST_CLAUDE,
                "--format",
                "md",
                "--out",
                file.toString(),
                "--base-url",
                "https://evals.example.org/site"))
        .isZero();
    assertThat(Files.readString(file))
        .contains(
            "[Claude Haiku 4.5](<https://evals.example.org/site/models/haiku-4-5/index.html>)");
  }

  @Test
  void jsonMatchesItsSchemaShippedInTheJar() throws Exception {
    String json = read("release-haiku-4-5.json");
    Schema schema;
    try (InputStream in =
        getClass().getResourceAsStream("/dev/evalpress/schema/release-export.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    assertThat(schema.validate(json, InputFormat.JSON).stream().map(Error::toString)).isEmpty();
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.at("/gate/passed").asBoolean()).isTrue();
    JsonNode blackmail = root.at("/tracked/0");
    assertThat(blackmail.at("/id").asText()).isEqualTo("agentic-misalignment/blackmail");
    assertThat(blackmail.at("/estimate/n").asLong()).isEqualTo(400);
    assertThat(blackmail.at("/change/verdict").asText()).isEqualTo("improved");
    assertThat(blackmail.at("/change/test").asText()).isEqualTo("Fisher's exact test");
    assertThat(root.at("/provenance/inputs").size()).isGreaterThan(30);
  }

  @Test
  void htmlIsOneFileWithNoScriptAndNoRequestAndItsStyleAllowedByHash() throws Exception {
    String html = read("release-haiku-4-5.html");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, link, iframe, object, embed, [style]")).isEmpty();
    assertRequestsNothing(doc);
    // each tracked eval's chart across versions, inline
    assertThat(doc.select("#trends figure img").eachAttr("src"))
        .isNotEmpty()
        .allMatch(src -> src.startsWith("data:image/svg+xml;base64,"));
    String css = doc.selectFirst("style").data();
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'; img-src data:; style-src 'sha256-" + hash + "';")
        .contains("script-src 'none'");
    assertThat(css).doesNotContain("url(", "@import");
    assertThat(doc.select("#tracked td").eachText())
        .contains("2%", "1.0–3.9%", "400", "−3.8 pts", "−6.7 to −1.1");
    assertThat(doc.select(".gate").text()).startsWith("Release gate: passed.");
  }

  @Test
  void everyFormatIsByteIdenticalAcrossRuns() throws Exception {
    Path second = exported.resolve("second");
    assertThat(
            run(
                EPOCH,
                "export",
                "--root",
                EXAMPLE,
                "--release",
                LATEST_CLAUDE,
                "--format",
                "json,md,html",
                "--out",
                second.toString()))
        .isZero();
    for (String ext : List.of("html", "md", "json")) {
      String name = "release-haiku-4-5." + ext;
      assertThat(Files.readAllBytes(second.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(exported.resolve("first").resolve(name)));
    }
  }

  @Test
  void exportAndCheckAgreeOnEveryFinding(@TempDir Path dir) throws Exception {
    assertThat(run(Map.of(), "check", "--root", SMALL, "--fail-on-regression")).isEqualTo(1);
    String checkLine = err.toString().lines().findFirst().orElseThrow();
    Path file = dir.resolve("beta.json");
    assertThat(
            run(
                Map.of(),
                "export",
                "--root",
                SMALL,
                "--release",
                "beta-1",
                "--format",
                "json",
                "--out",
                file.toString()))
        .isZero();
    JsonNode gate = new ObjectMapper().readTree(file.toFile()).at("/gate");
    assertThat(gate.at("/passed").asBoolean()).isFalse();
    assertThat(gate.at("/findings")).hasSize(1);
    assertThat(checkLine)
        .isEqualTo(
            "threshold breached: "
                + gate.at("/findings/0/eval").asText()
                + " on beta-1: "
                + gate.at("/findings/0/text").asText());
  }

  @Test
  void anUnknownModelOrFormatIsBadUsageAndBadInputIsExitOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.md");
    assertThat(
            run(
                Map.of(),
                "export",
                "--root",
                SMALL,
                "--release",
                "nope",
                "--format",
                "md",
                "--out",
                file.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--release: no model version \"nope\"", "beta-1");
    assertThat(
            run(
                Map.of(),
                "export",
                "--root",
                SMALL,
                "--release",
                "beta-1",
                "--format",
                "docx",
                "--out",
                file.toString()))
        .isEqualTo(2);
    Files.createDirectories(dir.resolve("bad/results"));
    Files.writeString(dir.resolve("bad/results/models.json"), "{\"kind\": \"models\",");
    assertThat(
            run(
                Map.of(),
                "export",
                "--root",
                dir.resolve("bad").toString(),
                "--release",
                "a",
                "--format",
                "md",
                "--out",
                file.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("results/models.json:");
    assertThat(file).doesNotExist();
  }

  @Test
  void aReportIsOneFileWithItsFiguresFootnotesAndNumbering(@TempDir Path dir) throws Exception {
    Document doc = exportReport(dir.resolve("report.html"));
    assertThat(doc.select("script, link, iframe, object, embed")).isEmpty();
    assertRequestsNothing(doc);
    assertThat(doc.select("figure.figure img").eachAttr("src"))
        .hasSizeGreaterThanOrEqualTo(2)
        .allMatch(src -> src.startsWith("data:image/svg+xml;base64,"));
    assertThat(doc.select("figure.figure figcaption .figure-number").eachText())
        .startsWith("Figure 1", "Figure 2");
    assertThat(doc.select(".footnotes li")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(doc.select("sup a[href^=#]")).isNotEmpty();
    assertThat(doc.select(".report-body").text()).contains("96% (95% CI 90.2–98.4%, n = 100)");
    // without a base URL the site's pages are not there to link to
    assertThat(doc.select("a[href]").eachAttr("href"))
        .noneMatch(h -> h.contains("evals.example.org") || h.contains("index.html"));
    assertThat(doc.select("#provenance").text()).contains("2025-12-05T00:00:00Z");
  }

  @Test
  void aReportsLinksToTheSitePointAtTheBaseUrl(@TempDir Path dir) throws Exception {
    Document doc =
        exportReport(dir.resolve("report.html"), "--base-url", "https://evals.example.org/site");
    assertRequestsNothing(doc);
    assertThat(doc.select("a[href]").eachAttr("href"))
        .anyMatch(h -> h.startsWith("https://evals.example.org/site/models/opus-4/index.html"))
        .anyMatch(h -> h.startsWith("https://evals.example.org/site/methods/index.html#"));
  }

  @Test
  void aReportExportsOnlyAsHtmlOrPdfAndMustExist(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.md");
    assertThat(
            run(
                Map.of(),
                "export",
                "--root",
                EXAMPLE,
                "--report",
                "blackmail-across-versions",
                "--format",
                "md",
                "--out",
                file.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--format: a report exports as html or pdf");
    assertThat(
            run(
                Map.of(),
                "export",
                "--root",
                EXAMPLE,
                "--report",
                "nope",
                "--format",
                "html",
                "--out",
                file.toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("--report: no report \"nope\"", "blackmail-across-versions");
    assertThat(
            run(
                Map.of(),
                "export",
                "--root",
                EXAMPLE,
                "--report",
                "weak-to-strong",
                "--release",
                "haiku-4-5",
                "--format",
                "html",
                "--out",
                file.toString()))
        .isEqualTo(2);
    assertThat(file).doesNotExist();
  }

  /** The example's blackmail report exported as HTML to {@code file}, parsed. */
  private Document exportReport(Path file, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "export",
                "--root",
                EXAMPLE,
                "--report",
                "blackmail-across-versions",
                "--format",
                "html",
                "--out",
                file.toString()));
    args.addAll(List.of(more));
    assertThat(run(EPOCH, args.toArray(String[]::new))).isZero();
    return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * No attribute loads or runs anything: links go within the file (or, with a base URL, to the site
   * over https), images are inline SVG.
   */
  private static void assertRequestsNothing(Document doc) {
    for (Element e : doc.getAllElements()) {
      e.attributes()
          .forEach(
              a -> {
                assertThat(a.getKey()).doesNotStartWith("on");
                if (a.getKey().equals("href")) {
                  assertThat(a.getValue())
                      .matches(v -> v.startsWith("#") || v.startsWith("https://"));
                }
                if (a.getKey().equals("src") || a.getKey().equals("srcset")) {
                  assertThat(a.getValue()).startsWith("data:image/svg+xml;base64,");
                }
              });
    }
  }

  /** Every node under {@code node}, depth first (flexmark's own iterable is in another module). */
  private static List<Node> descendants(Node node) {
    List<Node> out = new ArrayList<>();
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      out.add(c);
      out.addAll(descendants(c));
    }
    return out;
  }
}
