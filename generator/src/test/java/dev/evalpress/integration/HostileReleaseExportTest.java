package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.ExportFormat;
import dev.evalpress.build.ReleaseExport;
import dev.evalpress.build.ReportExport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every model version of the hostile site exported: its titles, names and ids, full of markup and
 * script, stay text in the HTML (no element or attribute they could add) and in the Markdown (no
 * HTML, link or image node a GFM parser would make of them). Its report, exported alone, is as
 * inert in HTML and in PDF.
 */
class HostileReleaseExportTest {

  @Test
  void hostileStringsStayText(@TempDir Path dir) throws Exception {
    Path root = HostileSite.write(dir.resolve("root"));
    JsonNode models = new ObjectMapper().readTree(root.resolve("results/models.json").toFile());
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    Parser parser = Parser.builder(options).build();
    int exported = 0;
    for (JsonNode model : models.at("/models")) {
      String id = model.at("/id").asText();
      Path out = dir.resolve("out" + exported++);
      Files.createDirectories(out);
      List<Path> files =
          new ReleaseExport(root, BuildOptions.defaults())
              .export(
                  id,
                  EnumSet.of(ExportFormat.HTML, ExportFormat.MD, ExportFormat.JSON),
                  out,
                  Optional.empty());
      for (Path file : files) {
        String text = Files.readString(file);
        if (file.toString().endsWith(".html")) {
          assertInert(file, Jsoup.parse(text));
        } else if (file.toString().endsWith(".md")) {
          Node md = parser.parse(text);
          for (Node n : descendants(md)) {
            assertThat(n)
                .as(file + ": " + n.getChars())
                .isNotInstanceOfAny(
                    HtmlInline.class, HtmlBlock.class, Link.class, AutoLink.class, Image.class);
          }
        } else {
          assertThat(new ObjectMapper().readTree(text).at("/model/id").asText()).isEqualTo(id);
        }
      }
    }
    assertThat(exported).isPositive();
  }

  @Test
  void aHostileReportExportsInertAsHtmlAndAsPdf(@TempDir Path dir) throws Exception {
    Path root = HostileSite.write(dir.resolve("root"));
    List<Path> files =
        new ReportExport(root, BuildOptions.defaults())
            .export(
                "report",
                EnumSet.of(ExportFormat.HTML, ExportFormat.PDF),
                Files.createDirectories(dir.resolve("out")),
                Optional.empty());
    assertInert(files.get(0), Jsoup.parse(Files.readString(files.get(0))));
    try (PDDocument pdf = Loader.loadPDF(files.get(1).toFile())) {
      // the payloads are printed as the text they are
      assertThat(new PDFTextStripper().getText(pdf)).contains("<");
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link && link.getAction() != null) {
            assertThat(link.getAction()).isNotInstanceOf(PDActionJavaScript.class);
          }
        }
      }
    }
  }

  /**
   * Nothing in the file can run or load: no script, frame, form or event attribute, links only
   * within the file or to the web, images only inline SVG without script.
   */
  private static void assertInert(Path file, Document doc) {
    assertThat(doc.select("script, svg, iframe, object, embed, link, form"))
        .as(file.toString())
        .isEmpty();
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on"));
    }
    for (Element a : doc.select("a[href]")) {
      assertThat(a.attr("href")).matches(h -> h.startsWith("#") || h.startsWith("https://"));
    }
    for (Element img : doc.select("img")) {
      String src = img.attr("src");
      assertThat(src).startsWith("data:image/");
      if (!src.startsWith("data:image/svg+xml;base64,")) {
        continue;
      }
      Document svg =
          Jsoup.parse(
              new String(
                  Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)),
                  StandardCharsets.UTF_8),
              "",
              org.jsoup.parser.Parser.xmlParser());
      assertThat(svg.select("script, foreignObject")).isEmpty();
      for (Element e : svg.getAllElements()) {
        e.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on"));
      }
    }
    assertThat(doc.text()).doesNotContain(XssPayloads.MARKER + "=");
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
