package dev.evalpress.render.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A self-contained export page made ready for the PDF renderer: the screen stylesheet (custom
 * properties, media queries) swapped for the print one, scripts and controls dropped, SVG images
 * put inline so they stay vectors, and a bookmark for every h1 to h3 so that the PDF's outline is
 * the page's headings.
 */
public final class PrintableDocument {

  private static final String STYLESHEET = "/dev/evalpress/export/pdf.css";
  private static final String SVG_DATA = "data:image/svg+xml;base64,";
  private static final Pattern CUSTOM_PROPERTY =
      Pattern.compile("var\\(--[A-Za-z0-9-]+,\\s*((?:[a-z]+\\([^)]*\\))|[^)]*)\\)");

  private PrintableDocument() {}

  public static Document of(String html) {
    Document doc = Jsoup.parse(html);
    // on paper the outline is the contents, and a figure's data table repeats the figure
    doc.select("script, style, link, meta[http-equiv], button, nav, .skip-link, .anchor").remove();
    doc.select("details.figure-table").remove();
    doc.head().appendElement("style").appendText(stylesheet());
    for (Element img : doc.select("img[src^=" + SVG_DATA + "]")) {
      inlineSvg(img);
    }
    doc.select("picture > source").remove();
    for (Element e : doc.getAllElements()) {
      // openhtmltopdf turns onclick into a PDF JavaScript action; the site never writes one, and
      // a PDF must not run script even if an input smuggled one through
      e.attributes().asList().stream()
          .filter(a -> a.getKey().startsWith("on"))
          .toList()
          .forEach(a -> e.removeAttr(a.getKey()));
    }
    // openhtmltopdf leaves inline list items out of the structure tree (PDF/UA 7.1-3)
    for (Element tags : doc.select("ul.tags")) {
      tags.replaceWith(
          new Element("p").addClass("tags").text(String.join(" · ", tags.select("li").eachText())));
    }
    bookmarks(doc);
    return doc;
  }

  private static void inlineSvg(Element img) {
    String base64 = img.attr("src").substring(SVG_DATA.length());
    // Batik reads no CSS custom properties: each var() gives way to its fallback, the light colour
    String svg =
        CUSTOM_PROPERTY
            .matcher(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8))
            .replaceAll("$1");
    Document parsed = Jsoup.parse(svg, "", Parser.xmlParser());
    Element root = parsed.selectFirst("svg");
    if (root == null) {
      return;
    }
    // the chart's own dark-mode rules mean nothing on paper
    root.select("style").remove();
    // openhtmltopdf tags a replaced element as a Figure with its alt as the PDF/UA alternate text
    root.attr("role", "img").attr("aria-label", img.attr("alt")).attr("alt", img.attr("alt"));
    img.replaceWith(root);
  }

  private static void bookmarks(Document doc) {
    Element list = doc.head().appendElement("bookmarks");
    Deque<Element> open = new ArrayDeque<>();
    Deque<Integer> levels = new ArrayDeque<>();
    int n = 0;
    for (Element h : doc.body().select("h1, h2, h3")) {
      int level = h.tagName().charAt(1) - '0';
      if (h.id().isEmpty()) {
        h.id("section-" + ++n);
      }
      while (!levels.isEmpty() && levels.peek() >= level) {
        levels.pop();
        open.pop();
      }
      Element parent = open.isEmpty() ? list : open.peek();
      Element mark = parent.appendElement("bookmark");
      mark.attr("name", h.text()).attr("href", "#" + h.id());
      open.push(mark);
      levels.push(level);
    }
  }

  private static String stylesheet() {
    try (InputStream in = PrintableDocument.class.getResourceAsStream(STYLESHEET)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + STYLESHEET);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
