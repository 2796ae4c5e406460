package dev.evalpress.render.chart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parsing and inspection helpers for rendered SVG documents. */
final class SvgAssertions {

  static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final Pattern ID = Pattern.compile("\\sid=['\"]([^'\"]*)['\"]");
  private static final Pattern URL_REF = Pattern.compile("url\\(#([^)]*)\\)");

  private SvgAssertions() {}

  /** Parses strictly (namespace-aware, no DTDs); throws on any well-formedness error. */
  static Document parse(String svg) throws Exception {
    return parseThemed(svg.replaceAll("var\\(--[a-z0-9-]+, (rgb\\([0-9,]+\\))\\)", "$1"));
  }

  /**
   * Parses {@code svg} as written, theme references included; {@link #parse} reads every themed
   * colour as its light value, {@code var(--series-1, rgb(0,114,178))} as {@code rgb(0,114,178)}.
   */
  static Document parseThemed(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new InputSource(new StringReader(svg)));
  }

  /** The content of every {@code <text>} element, in document order. */
  static List<String> texts(Document doc) {
    NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().replace("\u2060", ""));
    }
    return out;
  }

  /** All text joined with single spaces, so labels wrapped over several lines read as one. */
  static String joinedText(Document doc) {
    return String.join(" ", texts(doc)).replaceAll("\\s+", " ");
  }

  /** Every {@code id} attribute value in the document. */
  static Set<String> ids(String svg) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = ID.matcher(svg);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** Every {@code url(#...)} reference in the document. */
  static Set<String> references(String svg) {
    Set<String> refs = new LinkedHashSet<>();
    Matcher m = URL_REF.matcher(svg);
    while (m.find()) {
      refs.add(m.group(1));
    }
    return refs;
  }

  /**
   * Stroked lines of the given colour with more than two vertices (so legend swatches, which are
   * single segments, do not count), as {@code [stroke-width, stroke-opacity]} pairs.
   */
  static List<double[]> curveLines(Document doc, String rgb) {
    NodeList paths = doc.getElementsByTagNameNS(SVG_NS, "path");
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < paths.getLength(); i++) {
      Element path = (Element) paths.item(i);
      String style =
          ((Element) path.getParentNode()).getAttribute("style") + ";" + path.getAttribute("style");
      String d = path.getAttribute("d");
      long vertices = d.chars().filter(c -> c == 'M' || c == 'L').count();
      if (style.contains("stroke:" + rgb) && vertices > 2) {
        out.add(new double[] {number(style, "stroke-width"), number(style, "stroke-opacity")});
      }
    }
    return out;
  }

  /**
   * A {@code <line>} element: its end points, stroke colour (e.g. "rgb(0,114,178)") and stroke
   * width.
   */
  record Line(double x1, double y1, double x2, double y2, String stroke, double width) {
    boolean isVertical() {
      return x1 == x2;
    }
  }

  /** Every {@code <line>} element, in document order. */
  static List<Line> lines(Document doc) {
    NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "line");
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element line = (Element) nodes.item(i);
      String style = line.getAttribute("style");
      Matcher stroke = Pattern.compile("stroke:\\s*(rgb\\([0-9,]+\\))").matcher(style);
      out.add(
          new Line(
              Double.parseDouble(line.getAttribute("x1")),
              Double.parseDouble(line.getAttribute("y1")),
              Double.parseDouble(line.getAttribute("x2")),
              Double.parseDouble(line.getAttribute("y2")),
              stroke.find() ? stroke.group(1) : "",
              number(style, "stroke-width")));
    }
    return out;
  }

  /**
   * The groups filling a single circle (a path of curves) in the given colour: the points of a
   * trend.
   */
  static List<Element> points(Document doc, String rgb) {
    NodeList groups = doc.getElementsByTagNameNS(SVG_NS, "g");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      NodeList paths = g.getElementsByTagNameNS(SVG_NS, "path");
      if (g.getAttribute("style").contains("fill:" + rgb)
          && paths.getLength() == 1
          && ((Element) paths.item(0)).getAttribute("d").contains("C")) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * The fill colour (e.g. "rgb(68,1,84)") of every {@code <rect>} filled with a plain colour, in
   * document order.
   */
  static List<String> rectFills(Document doc) {
    NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "rect");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Matcher fill =
          Pattern.compile("fill:\\s*(rgb\\([0-9,]+\\))")
              .matcher(((Element) nodes.item(i)).getAttribute("style"));
      if (fill.find()) {
        out.add(fill.group(1));
      }
    }
    return out;
  }

  /**
   * The fill colour of the first {@code <text>} element whose content is {@code content}, or ""
   * when none.
   */
  static String textFill(Document doc, String content) {
    NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "text");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element text = (Element) nodes.item(i);
      if (text.getTextContent().equals(content)) {
        Matcher fill =
            Pattern.compile("fill:\\s*(rgb\\([0-9,]+\\))").matcher(text.getAttribute("style"));
        return fill.find() ? fill.group(1) : "";
      }
    }
    return "";
  }

  private static double number(String style, String property) {
    Matcher m = Pattern.compile(property + ":\\s*([0-9.]+)").matcher(style);
    return m.find() ? Double.parseDouble(m.group(1)) : 1.0;
  }
}
