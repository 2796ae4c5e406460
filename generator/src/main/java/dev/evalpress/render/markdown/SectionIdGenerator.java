package dev.evalpress.render.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flexmark's heading ids, made unique on the page. A heading whose id would be one evalpress gives
 * other elements — {@code figure-N} and {@code table-N} (numbered figures and tables), {@code fn-N}
 * and {@code fnref-N} (footnotes and their references) — gets {@code section-} before it; an id
 * already taken by an earlier heading (also one written as {@code {#id}}) gets {@code -1}, {@code
 * -2}, … after it. So "Figure 1" and "Section Figure 1" become {@code section-figure-1} and {@code
 * section-figure-1-1}.
 */
final class SectionIdGenerator extends HeaderIdGenerator {

  /** Ids of elements other than headings, which no heading may take. */
  static final Pattern RESERVED = Pattern.compile("(figure|table|fn|fnref)-\\d+(-\\d+)*");

  SectionIdGenerator(DataHolder options) {
    super(options);
  }

  @Override
  public void generateIds(Document document) {
    super.generateIds(document);
    rename(document, new HashSet<>());
  }

  private static void rename(Node node, Set<String> taken) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h
          && h.getAnchorRefId() != null
          && !h.getAnchorRefId().isEmpty()) {
        h.setAnchorRefId(unique(h.getAnchorRefId(), taken));
      }
      rename(child, taken);
    }
  }

  private static String unique(String id, Set<String> taken) {
    String base = RESERVED.matcher(id).matches() ? "section-" + id : id;
    String candidate = base;
    for (int n = 1; !taken.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  /** Makes the generator for the renderer. */
  static final class Factory implements HeaderIdGeneratorFactory {
    @Override
    public HeaderIdGenerator create(LinkResolverContext context) {
      return new SectionIdGenerator(context.getOptions());
    }

    @Override
    public HeaderIdGenerator create() {
      return new SectionIdGenerator(null);
    }
  }
}
