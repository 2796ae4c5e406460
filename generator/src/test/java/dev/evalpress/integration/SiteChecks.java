package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks every page of a built site must pass, whatever its input. */
final class SiteChecks {

  private SiteChecks() {}

  /**
   * Every resource and internal link is relative, stays in the site, and resolves to a file (and
   * anchor). Only authors' citations ({@code <a href="https://…">} in report prose) may point
   * elsewhere: a link is not a request.
   */
  static void linksResolve(BuiltSite site) {
    linksResolve(site, java.util.Set.of());
  }

  /**
   * {@link #linksResolve(BuiltSite)}, but the author's own relative links and images in report
   * prose whose URL is one of {@code authorsDangling} (the hostile report quotes {@code <img src=x
   * …>}) need not resolve.
   */
  static void linksResolve(BuiltSite site, java.util.Set<String> authorsDangling) {
    for (String pagePath : site.htmlPages()) {
      Document page = site.page(pagePath);
      for (Element e : page.select("a[href], link[href], img[src], script[src]")) {
        String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (e.tagName().equals("a")
                && ref.startsWith("https://")
                && e.closest(".report-body") != null
            || authorsDangling.contains(ref) && e.closest(".report-body") != null) {
          continue;
        }
        assertThat(ref).as("link on %s", pagePath).isNotBlank();
        assertThat(ref)
            .as("link on %s must be relative", pagePath)
            .doesNotStartWith("/")
            .doesNotContain("://")
            .doesNotStartWith("//")
            .doesNotStartWith("javascript:");
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        Path target =
            file.isEmpty()
                ? site.out.resolve(pagePath)
                : site.out.resolve(pagePath).resolveSibling(URI.create(file).getPath()).normalize();
        assertThat(target.startsWith(site.out))
            .as("%s on %s stays inside the site", ref, pagePath)
            .isTrue();
        assertThat(target).as("%s on %s", ref, pagePath).isRegularFile();
        if (!fragment.isEmpty()) {
          String targetPath = site.out.relativize(target).toString().replace('\\', '/');
          assertThat(site.page(targetPath).getElementById(fragment))
              .as("anchor #%s of %s (linked from %s)", fragment, targetPath, pagePath)
              .isNotNull();
        }
      }
    }
  }

  /**
   * No page has two elements with the same id: a link to it would go to the first, whatever the
   * author meant.
   */
  static void idsAreUnique(BuiltSite site) {
    for (String pagePath : site.htmlPages()) {
      java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
      for (Element e : site.page(pagePath).select("[id]")) {
        counts.merge(e.id(), 1, Integer::sum);
      }
      counts.values().removeIf(n -> n == 1);
      assertThat(counts).as("ids used more than once on %s", pagePath).isEmpty();
    }
  }

  /**
   * Every figure image is a well-formed SVG with a viewBox, and has alt text and a CSV link beside
   * it.
   */
  static int figuresAreWellFormed(BuiltSite site) throws Exception {
    int figures = 0;
    for (String pagePath : site.htmlPages()) {
      for (Element figure : site.page(pagePath).select("figure.figure")) {
        figures++;
        Element img = figure.selectFirst("img");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).as("alt text of a figure on %s", pagePath).isNotBlank();
        Path svg = site.out.resolve(pagePath).resolveSibling(img.attr("src"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml =
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(xml.getDocumentElement().getAttribute("viewBox")).isNotBlank();
        // the phone drawing: a <source> for narrow screens, 300 px wide, beside the page
        Element source = figure.selectFirst("picture > source[media]");
        assertThat(source).as("phone drawing of a figure on %s", pagePath).isNotNull();
        assertThat(source.attr("media")).contains("max-width");
        Path narrow = site.out.resolve(pagePath).resolveSibling(source.attr("srcset"));
        org.w3c.dom.Document narrowXml =
            factory
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(narrow)));
        assertThat(narrowXml.getDocumentElement().getAttribute("width"))
            .isEqualTo(source.attr("width"))
            .isEqualTo("300");
        assertThat(narrowXml.getDocumentElement().getAttribute("height"))
            .isEqualTo(source.attr("height"));
        Element csvLink = figure.selectFirst("a.figure-data");
        assertThat(csvLink).as("CSV link of a figure on %s", pagePath).isNotNull();
        Path csv = site.out.resolve(pagePath).resolveSibling(csvLink.attr("href"));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8).lines().count()).isGreaterThan(1);
        assertThat(figure.id()).isNotBlank();
        assertThat(figure.selectFirst("figcaption a.figure-number").attr("href"))
            .isEqualTo("#" + figure.id());
      }
    }
    return figures;
  }
}
