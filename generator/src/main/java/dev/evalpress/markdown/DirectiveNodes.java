package dev.evalpress.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The directives of a parsed report, at their places in the file. Load lists them to read their
 * specs; render turns the same nodes into HTML and finds what load read by the same places (a block
 * by its fence line, a reference by its line and column).
 */
public final class DirectiveNodes {

  /** The file line on which the parsed Markdown starts; set by {@link MarkdownDialect#parse}. */
  static final NullableDataKey<Integer> FIRST_LINE = new NullableDataKey<>("EVALPRESS_FIRST_LINE");

  /**
   * A fence followed, on its line, by a directive's name: wider than what Flexmark takes for one
   * (any non-word characters may sit between), so that no directive escapes it.
   */
  private static final Pattern DIRECTIVE_FENCE =
      Pattern.compile("(?:`{3,}|~{3,})[^\\n\\w]*(?:chart|table|sample)");

  private DirectiveNodes() {}

  /**
   * Whether {@code markdown} may hold a directive: a fenced block whose info string names one, or a
   * {@code {{} reference. When it cannot, a body need not be parsed to find its directives, which
   * halves the Markdown parsing of a build of prose reports.
   */
  public static boolean mayHold(String markdown) {
    return markdown.contains("{{") || DIRECTIVE_FENCE.matcher(markdown).find();
  }

  /** The fenced block as a directive, or empty when its info string names none. */
  public static Optional<BlockDirective> block(FencedCodeBlock block, Document document) {
    String name = block.getInfo().toString().trim();
    if (!MarkdownDialect.BLOCK_DIRECTIVES.contains(name)) {
      return Optional.empty();
    }
    int line = fileLine(document, block.getStartOffset());
    return Optional.of(
        new BlockDirective(name, block.getContentChars().toString(), line, line + 1));
  }

  public static InlineReference reference(DataReferenceNode node, Document document) {
    int offset = node.getStartOffset();
    BasedSequence chars = document.getChars();
    int lineStart = chars.lastIndexOf('\n', offset - 1) + 1;
    return new InlineReference(
        node.reference(), fileLine(document, offset), offset - lineStart + 1);
  }

  /** Every directive block of the document, in document order. */
  public static List<BlockDirective> blocks(Document document) {
    List<BlockDirective> out = new ArrayList<>();
    new NodeVisitor(
            new VisitHandler<>(FencedCodeBlock.class, b -> block(b, document).ifPresent(out::add)))
        .visit(document);
    return out;
  }

  /** Every inline reference of the document (image alt text among them), in document order. */
  public static List<InlineReference> references(Document document) {
    List<InlineReference> out = new ArrayList<>();
    new NodeVisitor(
            new VisitHandler<>(DataReferenceNode.class, n -> out.add(reference(n, document))))
        .visit(document);
    return out;
  }

  private static int fileLine(Document document, int offset) {
    Integer first = FIRST_LINE.get(document);
    return document.getLineNumber(offset) + (first == null ? 1 : first);
  }
}
