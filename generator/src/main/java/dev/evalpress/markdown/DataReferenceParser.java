package dev.evalpress.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Parses {@code {{…}}} into a {@link DataReferenceNode}. A reference may wrap onto the next line of its
 * paragraph, as prose does; an unclosed {@code {{} stays text.
 */
final class DataReferenceParser implements InlineParserExtension {

  /** Longer spans are not references but prose that happens to contain braces. */
  private static final int MAX_LENGTH = 400;

  @Override
  public void finalizeDocument(InlineParser inlineParser) {}

  @Override
  public void finalizeBlock(InlineParser inlineParser) {}

  @Override
  public boolean parse(LightInlineParser parser) {
    BasedSequence input = parser.getInput();
    int start = parser.getIndex();
    if (parser.peek(1) != '{') {
      return false;
    }
    int end = input.indexOf("}}", start + 2);
    if (end < 0 || end - start > MAX_LENGTH) {
      return false;
    }
    parser.flushTextNode();
    parser.getBlock().appendChild(new DataReferenceNode(input.subSequence(start, end + 2)));
    parser.setIndex(end + 2);
    return true;
  }

  /** Registers the parser for the trigger character {@code {}. */
  static final class Factory implements InlineParserExtensionFactory {
    @Override
    public CharSequence getCharacters() {
      return "{";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new DataReferenceParser();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }
}
