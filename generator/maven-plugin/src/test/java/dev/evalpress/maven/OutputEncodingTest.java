package dev.evalpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The evalpress site rewritten for a Maven site in ISO-8859-1: every text reads as it did in UTF-8,
 * with what ISO-8859-1 cannot hold as references or escapes, and nothing outside ASCII in scripts,
 * style sheets and JSON.
 */
class OutputEncodingTest {

  private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

  /** é is in ISO-8859-1; the arrow, the CJK and the emoji (outside the BMP) are not. */
  private static final String TEXT = "café → 東京 😀";

  private static final String PAGE =
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
          + TEXT
          + "</title></head>\n<body><p title=\""
          + TEXT
          + "\">"
          + TEXT
          + "</p>\n<script>var s = \""
          + TEXT
          + "\";</script><style>.a::after { content: \"→\"; }</style></body></html>\n";

  @Test
  void aPageIsWrittenInTheCharsetSaysSoAndReferencesWhatItCannotHold(@TempDir Path site)
      throws Exception {
    Path page = Files.writeString(site.resolve("index.html"), PAGE, StandardCharsets.UTF_8);

    new OutputEncoding(LATIN_1).rewrite(site);

    byte[] bytes = Files.readAllBytes(page);
    String written = new String(bytes, LATIN_1);
    assertThat(written)
        .contains("<meta charset=\"ISO-8859-1\">")
        .doesNotContain("utf-8")
        .contains(
            "<p title=\"café &#x2192; &#x6771;&#x4EAC; &#x1F600;\">café &#x2192; &#x6771;&#x4EAC;"
                + " &#x1F600;</p>")
        // a script and a style sheet decode no references: their own escapes
        .contains("var s = \"café \\u2192 \\u6771\\u4eac \\ud83d\\ude00\";")
        .contains("content: \"\\2192 \";");
    // é is the one byte ISO-8859-1 gives it
    assertThat(Files.readString(page, LATIN_1)).contains("caf\u00e9");
    assertThat(bytes).contains((byte) 0xE9);
    assertThat(decodeReferences(written.substring(written.indexOf("<p")))).contains(TEXT);
  }

  @Test
  void anSvgGetsADeclarationOfTheCharsetAndReadsAsBeforeInAnXmlParser(@TempDir Path site)
      throws Exception {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>"
            + TEXT
            + "</text><style><![CDATA[.a::after { content: \"→\"; }]]></style></svg>";
    Path file = Files.writeString(site.resolve("chart.svg"), svg, StandardCharsets.UTF_8);
    Path declared =
        Files.writeString(
            site.resolve("feed.xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed>" + TEXT + "</feed>",
            StandardCharsets.UTF_8);

    new OutputEncoding(LATIN_1).rewrite(site);

    assertThat(Files.readString(file, LATIN_1))
        .startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<svg");
    Document parsed = parse(Files.readAllBytes(file));
    assertThat(parsed.getElementsByTagName("text").item(0).getTextContent()).isEqualTo(TEXT);
    assertThat(parsed.getElementsByTagName("style").item(0).getTextContent())
        .isEqualTo(".a::after { content: \"→\"; }");
    assertThat(Files.readString(declared, LATIN_1))
        .startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<feed>");
    assertThat(parse(Files.readAllBytes(declared)).getDocumentElement().getTextContent())
        .isEqualTo(TEXT);
  }

  @Test
  void scriptsStyleSheetsAndJsonBecomeAsciiWithTheirOwnEscapes(@TempDir Path site)
      throws Exception {
    Path js =
        Files.writeString(
            site.resolve("search-index.js"),
            "window.INDEX = [\"" + TEXT + "\", /\\é/]; // → comment\n",
            StandardCharsets.UTF_8);
    Path css =
        Files.writeString(
            site.resolve("style.css"), ".a::after { content: \"→\"; }", StandardCharsets.UTF_8);
    Path json =
        Files.writeString(
            site.resolve("data.json"), "{\"name\": \"" + TEXT + "\"}", StandardCharsets.UTF_8);
    Path png = Files.write(site.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    new OutputEncoding(LATIN_1).rewrite(site);

    assertThat(Files.readString(js, StandardCharsets.US_ASCII))
        .isEqualTo(
            "window.INDEX = [\"caf\\u00e9 \\u2192 \\u6771\\u4eac \\ud83d\\ude00\","
                // an escaped é keeps its backslash as its escape's
                + " /\\u00e9/]; // \\u2192 comment\n");
    assertThat(Files.readString(css, StandardCharsets.US_ASCII))
        .isEqualTo(".a::after { content: \"\\2192 \"; }");
    assertThat(Files.readString(json, StandardCharsets.US_ASCII))
        .isEqualTo("{\"name\": \"caf\\u00e9 \\u2192 \\u6771\\u4eac \\ud83d\\ude00\"}");
    assertThat(Files.readAllBytes(png)).containsExactly((byte) 0x89, 'P', 'N', 'G');
  }

  @Test
  void theBuildsFileDatesAreKept(@TempDir Path site) throws Exception {
    Path page = Files.writeString(site.resolve("index.html"), PAGE, StandardCharsets.UTF_8);
    FileTime dated = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));
    Files.setLastModifiedTime(page, dated);

    new OutputEncoding(LATIN_1).rewrite(site);

    assertThat(Files.getLastModifiedTime(page)).isEqualTo(dated);
  }

  @Test
  void onlyEncodingsThatHoldAsciiAsOneByteAreSupported() {
    assertThat(OutputEncoding.supports(LATIN_1)).isTrue();
    assertThat(OutputEncoding.supports(Charset.forName("windows-1252"))).isTrue();
    assertThat(OutputEncoding.supports(Charset.forName("ISO-8859-15"))).isTrue();
    assertThat(OutputEncoding.supports(StandardCharsets.UTF_16)).isFalse();
    assertThat(OutputEncoding.supports(Charset.forName("IBM037"))).isFalse();
  }

  private static Document parse(byte[] xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml));
  }

  /** Numeric character references resolved, as an HTML parser does in text and attributes. */
  private static String decodeReferences(String html) {
    Matcher m = Pattern.compile("&#x([0-9A-Fa-f]+);").matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
