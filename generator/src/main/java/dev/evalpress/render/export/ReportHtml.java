package dev.evalpress.render.export;

import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.page.RenderedPage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One report page of the site as a single self-contained HTML file: the same article, figures,
 * tables, footnotes and numbering, with the stylesheet inlined, each chart as a {@code data:} SVG,
 * no script and no request to any host or file. Links within the report stay; links to the site's
 * other pages point into the published site when its address is given, else become plain text (a
 * mailed file has no site beside it). The page was rendered, and its untrusted strings escaped, by
 * the site's own templates; this only rewires it.
 */
public final class ReportHtml {

  private static final String SVG_DATA = "data:image/svg+xml;base64,";

  private ReportHtml() {}

  public static String render(RenderedPage page, Optional<String> baseUrl, Provenance provenance) {
    Document doc = Jsoup.parse(page.html());
    doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    doc.select("header.site-header, script, link, meta[http-equiv], .figure-data").remove();
    doc.head()
        .prependElement("meta")
        .attr("http-equiv", "Content-Security-Policy")
        .attr("content", StandaloneStyle.contentSecurityPolicy());
    Element lede = doc.selectFirst(".report-header .lede");
    if (lede != null) {
      doc.head().appendElement("meta").attr("name", "description").attr("content", lede.text());
    }
    doc.head().appendElement("style").appendChild(new DataNode(StandaloneStyle.CSS));
    inlineFigures(doc, page);
    rewireLinks(doc, page.path(), baseUrl);
    Element footer = doc.selectFirst("footer.site-footer");
    StringBuilder p = new StringBuilder();
    ReleaseHtml.provenance(p, provenance);
    (footer == null ? doc.body() : footer).append(p.toString());
    return doc.outerHtml() + "\n";
  }

  private static void inlineFigures(Document doc, RenderedPage page) {
    Map<String, String> svgs = new HashMap<>();
    for (Figure f : page.figures()) {
      svgs.put(f.svgFile(), f.svg());
    }
    doc.select("picture > source").remove();
    for (Element img : doc.select("img")) {
      String svg = svgs.get(img.attr("src"));
      if (svg != null) {
        img.attr(
            "src",
            SVG_DATA + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
      } else if (!img.attr("src").startsWith("data:")) {
        // an image that is not part of the export would be a request; its text stands in
        img.replaceWith(new Element("span").addClass("missing-image").text(img.attr("alt")));
      }
    }
  }

  private static void rewireLinks(Document doc, String pagePath, Optional<String> baseUrl) {
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("#") || isAbsolute(href)) {
        continue;
      }
      if (baseUrl.isPresent()) {
        a.attr("href", site(baseUrl.get()).resolve(pagePath).resolve(href).toString());
      } else {
        a.unwrap();
      }
    }
  }

  private static boolean isAbsolute(String href) {
    String lower = href.toLowerCase(Locale.ROOT);
    return lower.startsWith("https:") || lower.startsWith("http:") || lower.startsWith("mailto:");
  }

  private static URI site(String baseUrl) {
    return URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
  }
}
