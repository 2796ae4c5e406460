package dev.evalpress.maven;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A built evalpress site rewritten for a Maven site whose output encoding is not UTF-8, so that it
 * reads right whether the web server declares the site's encoding for every file or declares none.
 * Pages ({@code .html}) and images and feeds ({@code .svg}, {@code .xml}) are written in that
 * encoding and say so ({@code <meta charset>}, the XML declaration); a character it cannot hold
 * becomes a numeric character reference, which HTML and XML decode wherever text is (in a page's
 * {@code <script>} and {@code <style>}, which decode none, a JavaScript or CSS escape). Scripts,
 * style sheets and JSON have no declaration of their own: they are made pure ASCII with their
 * language's escapes, which every ASCII-compatible encoding reads alike, and JSON stays UTF-8, the
 * only encoding RFC 8259 allows between systems. Data tables ({@code .csv}) and licence texts
 * ({@code .txt}) stay UTF-8: they have no escapes, and are downloads for tools that read UTF-8
 * rather than pages. The rewriting is exact for evalpress's own files, whose non-ASCII characters
 * in scripts are all in strings, comments and regular expressions. An encoding that does not hold
 * ASCII as ASCII (UTF-16, EBCDIC) cannot carry the site's scripts and is refused by {@link
 * #supports}.
 */
final class OutputEncoding {

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\s+charset\\s*=\\s*[\"']?utf-8[\"']?\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern RAW_TEXT =
      Pattern.compile(
          "(<(script|style)\\b[^>]*>)(.*?)(</\\2\\s*>)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern XML_DECLARATION = Pattern.compile("^<\\?xml\\b[^?]*\\?>");
  private static final Pattern XML_ENCODING =
      Pattern.compile("\\sencoding\\s*=\\s*([\"'])[^\"']*\\1");

  private final Charset charset;
  private final CharsetEncoder encoder;

  OutputEncoding(Charset charset) {
    this.charset = charset;
    this.encoder = charset.newEncoder();
  }

  /**
   * Whether the site can be written in {@code charset}: it encodes every ASCII character as that
   * one byte.
   */
  static boolean supports(Charset charset) {
    if (!charset.canEncode()) {
      return false;
    }
    byte[] ascii = new byte[128];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (byte) i;
    }
    String text = new String(ascii, StandardCharsets.US_ASCII);
    return java.util.Arrays.equals(text.getBytes(charset), ascii);
  }

  /**
   * Rewrites every text file under {@code site}, which evalpress wrote in UTF-8.
   *
   * @return the files rewritten
   */
  List<Path> rewrite(Path site) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(site)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<Path> rewritten = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      String extension = name.substring(name.lastIndexOf('.') + 1);
      byte[] bytes =
          switch (extension) {
            case "html", "htm" -> encode(html(utf8(file)));
            case "svg", "xml" -> encode(xml(utf8(file)));
            case "js", "mjs", "json" -> ascii(utf8(file), OutputEncoding::scriptEscape);
            case "css" -> ascii(utf8(file), OutputEncoding::cssEscape);
            default -> null;
          };
      if (bytes != null) {
        // the build dated every file (SOURCE_DATE_EPOCH); the rewrite keeps the date
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, modified);
        rewritten.add(file);
      }
    }
    return rewritten;
  }

  /** A page for the charset: its {@code <meta charset>} changed, what it cannot hold escaped. */
  String html(String page) {
    Matcher meta = META_CHARSET.matcher(page);
    String declared =
        meta.find()
            ? page.substring(0, meta.start())
                + "<meta charset=\""
                + charset.name()
                + "\">"
                + page.substring(meta.end())
            : page;
    StringBuilder out = new StringBuilder(declared.length());
    Matcher raw = RAW_TEXT.matcher(declared);
    int at = 0;
    while (raw.find()) {
      escapeUnencodable(declared.substring(at, raw.start(3)), out, OutputEncoding::reference);
      boolean script = raw.group(2).equalsIgnoreCase("script");
      escapeUnencodable(
          raw.group(3), out, script ? OutputEncoding::scriptEscape : OutputEncoding::cssEscape);
      at = raw.start(4);
    }
    escapeUnencodable(declared.substring(at), out, OutputEncoding::reference);
    return out.toString();
  }

  /**
   * An SVG or XML file for the charset: its declaration names the charset (one is added, since
   * without it XML is UTF-8), what it cannot hold escaped, in CDATA sections by closing them around
   * the reference.
   */
  String xml(String document) {
    String body = document.startsWith("\uFEFF") ? document.substring(1) : document;
    String declaration;
    Matcher existing = XML_DECLARATION.matcher(body);
    if (existing.find()) {
      String old = existing.group();
      Matcher encoding = XML_ENCODING.matcher(old);
      declaration =
          encoding.find()
              ? old.substring(0, encoding.start())
                  + " encoding=\""
                  + charset.name()
                  + "\""
                  + old.substring(encoding.end())
              : old.replaceFirst("\\s*\\?>$", " encoding=\"" + charset.name() + "\"?>");
      body = body.substring(existing.end());
    } else {
      declaration = "<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>\n";
    }
    StringBuilder out = new StringBuilder(declaration);
    int at = 0;
    while (true) {
      int cdata = body.indexOf("<![CDATA[", at);
      if (cdata < 0) {
        break;
      }
      int end = body.indexOf("]]>", cdata);
      if (end < 0) {
        break;
      }
      escapeUnencodable(body.substring(at, cdata), out, OutputEncoding::reference);
      escapeUnencodable(body.substring(cdata, end), out, cp -> "]]>" + reference(cp) + "<![CDATA[");
      at = end;
    }
    escapeUnencodable(body.substring(at), out, OutputEncoding::reference);
    return out.toString();
  }

  /** How a code point is written where the charset cannot hold it. */
  private interface Escape {
    String of(int codePoint);
  }

  private void escapeUnencodable(String text, StringBuilder out, Escape escape) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int length = Character.charCount(cp);
      if (cp < 0x80 || encoder.canEncode(text.substring(i, i + length))) {
        out.append(text, i, i + length);
      } else {
        out.append(escape.of(cp));
      }
      i += length;
    }
  }

  /**
   * {@code text} with every non-ASCII character escaped, as bytes. A character already escaped with
   * a backslash ({@code \é}) keeps that backslash as the start of its new escape.
   */
  static byte[] ascii(String text, Escape escape) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int length = Character.charCount(cp);
      if (cp < 0x80) {
        out.append((char) cp);
      } else {
        String escaped = escape.of(cp);
        out.append(precededByEscape(text, i) ? escaped.substring(1) : escaped);
      }
      i += length;
    }
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Whether the character at {@code i} follows an odd number of backslashes. */
  private static boolean precededByEscape(String text, int i) {
    int backslashes = 0;
    while (i - backslashes - 1 >= 0 && text.charAt(i - backslashes - 1) == '\\') {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** {@code &#xHEX;}, which HTML and XML decode in text and attribute values. */
  static String reference(int codePoint) {
    return "&#x" + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT) + ";";
  }

  /**
   * JavaScript's (and JSON's) {@code \}{@code uXXXX}; a character outside the BMP as its surrogate
   * pair, which strings and regular expressions read as the character itself.
   */
  static String scriptEscape(int codePoint) {
    StringBuilder out = new StringBuilder();
    for (char c : Character.toChars(codePoint)) {
      out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
    return out.toString();
  }

  /** CSS's {@code \HEX} and the space that ends it, which CSS drops. */
  static String cssEscape(int codePoint) {
    return "\\" + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT) + " ";
  }

  private static String utf8(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private byte[] encode(String text) throws IOException {
    try {
      CharsetEncoder strict =
          charset
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      java.nio.ByteBuffer bytes = strict.encode(java.nio.CharBuffer.wrap(text));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IOException("cannot write a page in " + charset.name() + ": " + e, e);
    }
  }
}
