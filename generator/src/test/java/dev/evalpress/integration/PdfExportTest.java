package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.ExportFormat;
import dev.evalpress.build.ReleaseExport;
import dev.evalpress.build.ReportExport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The PDF exports read back with PDFBox as a reader's tools would: the text is there and searchable
 * (rates, intervals, verdicts, figure numbers, footnotes), every font is embedded, the charts are
 * vector drawings (no image anywhere), the headings are bookmarks, links are live, the file is
 * tagged and declares PDF/A, and two runs give the same bytes.
 */
class PdfExportTest {

  private static final Path EXAMPLE = Path.of("..");
  private static final Instant SOURCE_DATE = Instant.parse("2025-12-05T00:00:00Z");

  @TempDir static Path dir;
  static Path release;
  static Path report;

  @BeforeAll
  static void exportBoth() throws IOException {
    BuildOptions options = BuildOptions.defaults().withSourceDate(SOURCE_DATE);
    release =
        new ReleaseExport(EXAMPLE, options)
            .export(
                "haiku-4-5",
                EnumSet.of(ExportFormat.PDF),
                dir.resolve("release.pdf"),
                Optional.empty())
            .get(0);
    report =
        new ReportExport(EXAMPLE, options)
            .export(
                "blackmail-across-versions",
                EnumSet.of(ExportFormat.PDF),
                dir.resolve("report.pdf"),
                Optional.of("https://evals.example.org/"))
            .get(0);
  }

  @Test
  void theReleaseSummaryStatesEveryNumberAsText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(release.toFile())) {
      String text = text(pdf);
      assertThat(text)
          .contains("Release summary: Claude Haiku 4.5")
          .contains("Release gate: passed")
          .contains("2%", "1.0–3.9%", "400", "−3.8 pts", "−6.7 to −1.1", "improved", "Fisher p")
          .contains("Figure 1.");
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Release summary: Claude Haiku 4.5");
      assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(SOURCE_DATE);
    }
  }

  @Test
  void theReportKeepsItsFiguresFootnotesAndNumbering() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
      String text = text(pdf);
      assertThat(text)
          .contains("Blackmail under threat, across model versions")
          .contains("Figure 1", "Figure 2")
          .contains("Claude Opus 4 blackmailed in 96%", "(95% CI 90.2–98.4%, n = 100)")
          .contains("Agentic Misalignment");
      assertThat(bookmarks(pdf))
          .contains("Blackmail under threat, across model versions", "Motivation", "Results");
      List<PDAnnotationLink> links = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link) {
            links.add(link);
          }
        }
      }
      // footnote references jump within the file; links to the site's pages go to the base URL
      assertThat(links).isNotEmpty();
    }
  }

  @Test
  void fontsAreEmbeddedChartsAreVectorAndTheFileIsTagged() throws IOException {
    for (Path file : List.of(release, report)) {
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        int forms = 0;
        for (PDPage page : pdf.getPages()) {
          forms += check(page.getResources());
        }
        assertThat(forms).as("charts drawn as vector forms in %s", file).isPositive();
        assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        String xmp =
            new String(
                pdf.getDocumentCatalog().getMetadata().toByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xmp).contains("pdfaid:part").contains("3");
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
      }
    }
  }

  /** veraPDF, the reference validator, finds no failed rule of PDF/A-3a or PDF/UA-1. */
  @Test
  void bothConformToPdfA3aAndPdfUa1() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    for (Path file : List.of(release, report)) {
      for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1)) {
        try (InputStream in = Files.newInputStream(file);
            PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
          ValidationResult result = validator.validate(parser);
          List<String> failed =
              result.getTestAssertions().stream()
                  .filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                  .map(t -> t.getRuleId().getClause() + ": " + t.getMessage())
                  .distinct()
                  .toList();
          assertThat(failed).as("%s as %s", file.getFileName(), flavour).isEmpty();
          assertThat(result.isCompliant()).isTrue();
        }
      }
    }
  }

  @Test
  void twoRunsGiveTheSameBytes(@TempDir Path again) throws IOException {
    BuildOptions options = BuildOptions.defaults().withSourceDate(SOURCE_DATE);
    Path second =
        new ReleaseExport(EXAMPLE, options)
            .export(
                "haiku-4-5", EnumSet.of(ExportFormat.PDF), again.resolve("r.pdf"), Optional.empty())
            .get(0);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(release));
  }

  /** Every font embedded and no bitmap, in the page and in its forms; returns the forms seen. */
  private static int check(PDResources resources) throws IOException {
    if (resources == null) {
      return 0;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
    }
    int forms = 0;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      assertThat(x).as("no bitmap image").isNotInstanceOf(PDImageXObject.class);
      if (x instanceof PDFormXObject form) {
        forms += 1 + check(form.getResources());
      }
    }
    return forms;
  }

  /** The text in reading order, lines joined, as a search in a PDF viewer finds it. */
  private static String text(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper.getText(pdf).replaceAll("\\s+", " ");
  }

  private static List<String> bookmarks(PDDocument pdf) {
    List<String> titles = new ArrayList<>();
    for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
      titles.add(item.getTitle());
      item.children().forEach(c -> titles.add(c.getTitle()));
    }
    return titles;
  }
}
