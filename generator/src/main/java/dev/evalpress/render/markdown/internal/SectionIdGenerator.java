package dev.evalpress.render.markdown.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.regex.Pattern;

/**
 * Flexmark's heading ids, except that a heading whose id would be {@code figure-N} or {@code table-N} (a
 * heading "Figure 1", say) gets {@code section-figure-N}: those ids belong to the numbered figures and tables.
 */
final class SectionIdGenerator extends HeaderIdGenerator {

  private static final Pattern RESERVED = Pattern.compile("(figure|table)-\\d+");

  SectionIdGenerator(DataHolder options) {
    super(options);
  }

  @Override
  public void generateIds(Document document) {
    super.generateIds(document);
    rename(document);
  }

  private static void rename(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Heading h && h.getAnchorRefId() != null && RESERVED.matcher(h.getAnchorRefId()).matches()) {
        h.setAnchorRefId("section-" + h.getAnchorRefId());
      }
      rename(child);
    }
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
