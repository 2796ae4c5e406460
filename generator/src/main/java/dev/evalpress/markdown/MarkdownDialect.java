package dev.evalpress.markdown;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Markdown evalpress reads in reports: CommonMark plus GitHub tables, footnotes, heading
 * anchors, attributes and {@code {{…}}} references, with fenced {@code chart}, {@code table} and
 * {@code sample} blocks as directives. Load parses with it to find the directives, render to write
 * HTML, so both see the same tree. The options hold the renderer's settings too: Flexmark keeps
 * parser and renderer options in one set.
 */
public final class MarkdownDialect {

  /** The info strings of fenced blocks that are directives. */
  public static final Set<String> BLOCK_DIRECTIVES = Set.of("chart", "table", "sample");

  private MarkdownDialect() {}

  /**
   * The options of the dialect; {@code rendering} are extensions of render's (HTML only), listed
   * last so that their renderers take precedence as they always have.
   */
  public static MutableDataSet options(Extension... rendering) {
    MutableDataSet options = new MutableDataSet();
    List<Extension> extensions =
        new ArrayList<>(
            List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                AnchorLinkExtension.create(),
                AttributesExtension.create(),
                new DataReferenceSyntax(),
                new LinearInlineParser.Extension()));
    extensions.addAll(List.of(rendering));
    options.set(Parser.EXTENSIONS, extensions);
    // GitHub-style tables.
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.CLASS_NAME, "prose-table");
    // Ids on the headings themselves, with a small "#" link after the text.
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
    options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
    options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
    options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_SUFFIX, "#");
    options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back");
    return options;
  }

  /**
   * Parses a report body that starts on line {@code firstLine} of its file, so that {@link
   * DirectiveNodes} can give file lines. Flexmark's parser is immutable: {@code parser} may be
   * shared between threads.
   */
  public static Document parse(Parser parser, String markdown, int firstLine) {
    Document document = parser.parse(markdown);
    document.set(DirectiveNodes.FIRST_LINE, firstLine);
    return document;
  }
}
