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
import dev.evalpress.build.ReleaseExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every model version of the hostile site exported: its titles, names and ids, full of markup and
 * script, stay text in the HTML (no element or attribute they could add) and in the Markdown (no
 * HTML, link or image node a GFM parser would make of them).
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
              .export(id, EnumSet.allOf(ReleaseExport.Format.class), out, Optional.empty());
      for (Path file : files) {
        String text = Files.readString(file);
        if (file.toString().endsWith(".html")) {
          Document doc = Jsoup.parse(text);
          assertThat(doc.select("script, svg, img, iframe, object, embed, link, a, form"))
              .as(file.toString())
              .isEmpty();
          for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on"));
          }
          assertThat(doc.text()).doesNotContain(XssPayloads.MARKER + "=");
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
