package dev.evalpress.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its regular-expression matching made linear. Flexmark matches on
 * the paragraph's sequence and takes {@code Matcher.toMatchResult()}, which copies the whole
 * paragraph into a new String on every match: a paragraph of n backticks, brackets or link
 * reference definitions costs n copies of itself (300 KB of "`a " took 83 s). This parser matches
 * on one String copy of each input, made once, and returns the same spans of the same sequence, so
 * what is parsed is unchanged.
 */
final class LinearInlineParser extends InlineParserImpl {

  private BasedSequence copied;
  private String text;

  LinearInlineParser(
      DataHolder options,
      BitSet specialCharacters,
      BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(
        options,
        specialCharacters,
        delimiterCharacters,
        delimiterProcessors,
        linkRefProcessors,
        inlineParserExtensions);
  }

  /** Installs the parser: listed with the dialect's extensions. */
  static final class Extension implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
      builder.customInlineParserFactory(LinearInlineParser::new);
      // Flexmark adds its link reference definitions' pre-processor only with its own inline parser
      builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }
  }

  /** A matcher over the current input's String copy, at the current index; null at the end. */
  private Matcher find(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    if (copied != input) {
      copied = input;
      text = input.toString();
    }
    Matcher matcher = re.matcher(text);
    matcher.region(index, text.length());
    return matcher.find() ? matcher : null;
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher matcher = find(re);
    if (matcher == null) {
      return null;
    }
    index = matcher.end();
    return input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher matcher = find(re);
    if (matcher == null) {
      return null;
    }
    index = matcher.end();
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    groups[0] = input.subSequence(matcher.start(), matcher.end());
    for (int i = 1; i < groups.length; i++) {
      groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
    }
    return groups;
  }
}
