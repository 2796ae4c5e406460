package dev.evalpress.render.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The raw HTML an author writes in a report, kept by allowlist: the elements and attributes of
 * {@link #SAFELIST} (jsoup's {@link Safelist}) are written again from what a browser would read,
 * and everything else is dropped.
 *
 * <p>Markdown hands raw HTML over in pieces (an inline tag at a time, or a block up to a blank
 * line), so the pieces cannot be cleaned each as a document. Instead each piece is split into tags,
 * by the CommonMark grammar of a tag, and text. A tag is parsed by jsoup, as a browser parses it
 * (character references decoded), and written again, with only the allowed attributes, if its
 * element is allowed: so every {@code <} in the output opens a tag written here, and any other
 * {@code <} is written as {@code &lt;}. Comments, declarations, processing instructions and CDATA
 * are dropped; so are the contents of elements whose contents a browser does not read as markup
 * ({@code <script>}, {@code <style>}, …) up to their end tag in the same block. An end tag is kept
 * only when it closes an element the author opened, so author HTML cannot close evalpress's markup
 * around it; elements the author leaves open are closed at the end of the report ({@link #close}).
 *
 * <p>URLs ({@code a href}, {@code img src}) must be relative, an in-page {@code #} anchor, or
 * {@code http}, {@code https} and, for links, {@code mailto}; the check is jsoup's and {@link
 * SafeUrls#isSafeDecoded}'s both.
 */
final class AuthorHtml {

  /**
   * The author's elements still open in the document being rendered, innermost first; set for each
   * render.
   */
  static final NullableDataKey<Deque<String>> OPEN =
      new NullableDataKey<>("EVALPRESS_AUTHOR_HTML_OPEN");

  static final Safelist SAFELIST =
      new Safelist()
          .addTags(
              "a",
              "abbr",
              "b",
              "blockquote",
              "br",
              "caption",
              "cite",
              "code",
              "dd",
              "del",
              "details",
              "dfn",
              "div",
              "dl",
              "dt",
              "em",
              "hr",
              "i",
              "img",
              "ins",
              "kbd",
              "li",
              "mark",
              "ol",
              "p",
              "pre",
              "q",
              "s",
              "samp",
              "small",
              "span",
              "strong",
              "sub",
              "summary",
              "sup",
              "table",
              "tbody",
              "td",
              "tfoot",
              "th",
              "thead",
              "tr",
              "u",
              "ul",
              "var",
              "wbr")
          .addAttributes(":all", "title", "lang", "dir")
          .addAttributes("a", "href")
          .addAttributes("img", "src", "alt", "width", "height")
          .addAttributes("ol", "start")
          .addAttributes("td", "colspan", "rowspan")
          .addAttributes("th", "colspan", "rowspan", "scope")
          .addAttributes("details", "open")
          .addProtocols("a", "href", "http", "https", "mailto", "#")
          .addProtocols("img", "src", "http", "https", "#")
          .preserveRelativeLinks(true);

  /**
   * Author elements open at once, past which start tags are dropped: bounds the work of each end
   * tag.
   */
  static final int MAX_OPEN = 256;

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
  private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr");

  /** Elements whose contents a browser reads as text, not markup: dropped with them. */
  private static final Set<String> RAW_TEXT =
      Set.of(
          "script",
          "style",
          "textarea",
          "title",
          "xmp",
          "iframe",
          "noembed",
          "noframes",
          "noscript",
          "plaintext");

  /**
   * Relative URLs are resolved against this for jsoup's check of the scheme, and written as they
   * are.
   */
  private static final String BASE = "https://evalpress.invalid/report/";

  private static final Pattern TAG = new Parsing(new MutableDataSet()).HTML_TAG;
  private static final Pattern START = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)");
  private static final Pattern END = Pattern.compile("</([A-Za-z][A-Za-z0-9-]*)\\s*>");

  private AuthorHtml() {}

  /**
   * {@code html}, a piece of the author's raw HTML, with only what is allowed; {@code open} is
   * updated.
   */
  static String clean(String html, Deque<String> open) {
    StringBuilder out = new StringBuilder(html.length());
    Matcher tag = TAG.matcher(html);
    int i = 0;
    int text = 0;
    while (i < html.length()) {
      int lt = html.indexOf('<', i);
      if (lt < 0) {
        break;
      }
      out.append(html, text, lt);
      // A tag is looked for no further than the next <, so the pieces are read in linear time; a
      // tag with a < in
      // a quoted value is written as text.
      int next = html.indexOf('<', lt + 1);
      if (!tag.region(lt, next < 0 ? html.length() : next).lookingAt()) {
        out.append("&lt;");
        i = text = lt + 1;
        continue;
      }
      String token = tag.group();
      i = text = tag.end();
      Matcher end = END.matcher(token);
      Matcher start = START.matcher(token);
      if (end.matches()) {
        closeTo(end.group(1).toLowerCase(Locale.ROOT), open, out);
      } else if (start.lookingAt()) {
        String name = start.group(1).toLowerCase(Locale.ROOT);
        if (SAFELIST.isSafeTag(name) && (VOID.contains(name) || open.size() < MAX_OPEN)) {
          out.append(startTag(name, token.substring(start.end())));
          if (!VOID.contains(name)) {
            open.push(name);
          }
        } else if (RAW_TEXT.contains(name)) {
          Matcher close =
              Pattern.compile("</" + name + "[\\s/>]", Pattern.CASE_INSENSITIVE).matcher(html);
          i = text = close.find(i) ? close.start() : html.length();
        }
      }
      // comments, declarations, processing instructions and CDATA are dropped
    }
    out.append(html, text, html.length());
    return out.toString();
  }

  /** End tags for the author's elements still open, innermost first; {@code open} is emptied. */
  static String close(Deque<String> open) {
    StringBuilder out = new StringBuilder();
    while (!open.isEmpty()) {
      out.append("</").append(open.pop()).append('>');
    }
    return out.toString();
  }

  private static void closeTo(String name, Deque<String> open, StringBuilder out) {
    if (!open.contains(name)) {
      return;
    }
    String closed;
    do {
      closed = open.pop();
      out.append("</").append(closed).append('>');
    } while (!closed.equals(name));
  }

  /**
   * The start tag of allowed element {@code name}, with {@code rest} (its attributes and {@code >})
   * parsed.
   */
  private static String startTag(String name, String rest) {
    // Parsed as a neutral element, so that jsoup's tree building (a <td> outside a table) cannot
    // drop it.
    Element parsed = Jsoup.parseBodyFragment("<span" + rest, BASE).body().child(0);
    StringBuilder out = new StringBuilder("<").append(name);
    for (Attribute attribute : parsed.attributes()) {
      String key = attribute.getKey();
      if (SAFELIST.isSafeAttribute(name, parsed, attribute)
          && (!URL_ATTRIBUTES.contains(key) || SafeUrls.isSafeDecoded(attribute.getValue()))) {
        out.append(' ').append(key).append("=\"").append(escape(attribute.getValue())).append('"');
      }
    }
    return out.append('>').toString();
  }

  static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Renders raw HTML nodes through {@link #clean}; nodes of comments are dropped. */
  static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(HtmlBlock.class, Renderer::block),
          new NodeRenderingHandler<>(HtmlInnerBlock.class, Renderer::block),
          new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> {}),
          new NodeRenderingHandler<>(HtmlInnerBlockComment.class, (node, context, html) -> {}),
          new NodeRenderingHandler<>(HtmlInline.class, Renderer::inline),
          new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> {}));
    }

    private static void block(Node node, NodeRendererContext context, HtmlWriter html) {
      html.line();
      html.raw(clean(node.getChars().toString(), OPEN.get(context.getDocument())));
      html.line();
    }

    private static void inline(Node node, NodeRendererContext context, HtmlWriter html) {
      html.raw(clean(node.getChars().toString(), OPEN.get(context.getDocument())));
    }
  }

  static final class Factory implements NodeRendererFactory {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new Renderer();
    }
  }
}
