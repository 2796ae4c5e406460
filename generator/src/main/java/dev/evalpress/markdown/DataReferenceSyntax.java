package dev.evalpress.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark parser extension that reads {@code {{…}}} as a {@link DataReferenceNode}; parsing only,
 * no HTML.
 */
final class DataReferenceSyntax implements Parser.ParserExtension {

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new DataReferenceParser.Factory());
  }
}
