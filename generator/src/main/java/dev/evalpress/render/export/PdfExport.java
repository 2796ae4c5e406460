package dev.evalpress.render.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An export's HTML document printed to PDF with openhtmltopdf: text as text in embedded DejaVu
 * fonts, inline SVG charts as vector graphics (Batik), headings as bookmarks, links live, tagged
 * for PDF/UA and declared PDF/A-3a. The bytes depend only on the document and the source date: the
 * document id is a digest of both, and the dates are the source date (or absent).
 *
 * <p>openhtmltopdf rather than JFreeChart's PDF backend because a report is prose, tables and
 * footnotes around the charts; it lays out the same HTML the site shows. Thread-safe: each call
 * builds its own renderer.
 */
public final class PdfExport {

  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
  private static final String PRODUCER = "evalpress";
  private static final DateTimeFormatter XMP_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  static {
    // openhtmltopdf logs every font it loads to java.util.logging; a CLI's output stays clean
    XRLog.setLoggingEnabled(false);
  }

  private PdfExport() {}

  /**
   * @param document the page as {@link PrintableDocument} prepares it
   * @param created the source date, for the document's dates; empty for an undated PDF
   */
  public static byte[] render(Document document, String title, Optional<Instant> created) {
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(document);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(262_144)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
      builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.withProducer(PRODUCER);
      registerFonts(builder);
      // nothing outside the document is ever loaded: charts are inline, fonts come from the jar
      builder.useExternalResourceAccessControl(
          (uri, type) -> false,
          com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority
              .RUN_BEFORE_RESOLVING_URI);
      builder.withW3cDocument(dom, "about:blank");
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
        PDDocument pdf = renderer.getPdfDocument();
        fixDates(pdf, title, created);
        describeLinks(pdf, document);
        pdf.getDocument().getTrailer().setItem(COSName.ID, documentId(document, created));
        pdf.save(out);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void registerFonts(PdfRendererBuilder builder) {
    font(builder, "DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL);
    font(builder, "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL);
    font(builder, "DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC);
    font(builder, "DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, FontStyle.ITALIC);
    font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC);
    font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL);
    font(builder, "DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, FontStyle.NORMAL);
  }

  private static void font(
      PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
    builder.useFont(() -> resource(FONTS + file), family, weight, style, true);
  }

  private static InputStream resource(String name) {
    InputStream in = PdfExport.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }

  /**
   * The Info dictionary's and the XMP's dates set to the source date, or removed: openhtmltopdf
   * writes the clock's time. Its XMP is kept otherwise, with the PDF/A and PDF/UA identification
   * and the extension schemas that describe them.
   */
  private static void fixDates(PDDocument pdf, String title, Optional<Instant> created)
      throws IOException {
    PDDocumentInformation info = pdf.getDocumentInformation();
    Calendar date = created.map(PdfExport::calendar).orElse(null);
    info.setCreationDate(date);
    info.setModificationDate(date);
    info.setTitle(title);
    PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
    String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
    String createDate =
        created.map(i -> "<xmp:CreateDate>" + XMP_DATE.format(i) + "</xmp:CreateDate>").orElse("");
    xmp = xmp.replaceAll("<xmp:CreateDate>[^<]*</xmp:CreateDate>", createDate);
    PDMetadata fixed = new PDMetadata(pdf);
    fixed.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
    pdf.getDocumentCatalog().setMetadata(fixed);
  }

  /**
   * Each link annotation's Contents, its PDF/UA alternate description, which openhtmltopdf leaves
   * out: the link's text for a link out, a fixed phrase for a jump within the file.
   */
  private static void describeLinks(PDDocument pdf, Document document) throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (Element a : document.select("a[href]")) {
      texts.putIfAbsent(a.attr("href"), a.text().isBlank() ? a.attr("href") : a.text());
    }
    for (PDPage page : pdf.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
          link.setContents(
              link.getAction() instanceof PDActionURI uri
                  ? texts.getOrDefault(uri.getURI(), uri.getURI())
                  : "Link within this document");
        }
      }
    }
  }

  private static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  /** The trailer's /ID: both halves a digest of the document and its date, not of the clock. */
  private static COSArray documentId(Document document, Optional<Instant> created) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(document.outerHtml().getBytes(StandardCharsets.UTF_8));
      sha.update(created.map(Instant::toString).orElse("").getBytes(StandardCharsets.UTF_8));
      byte[] id = Arrays.copyOf(sha.digest(), 16);
      COSArray array = new COSArray();
      array.add(new COSString(id));
      array.add(new COSString(id));
      return array;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
