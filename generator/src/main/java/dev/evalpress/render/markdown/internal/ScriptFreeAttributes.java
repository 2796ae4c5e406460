package dev.evalpress.render.markdown.internal;

import com.vladsch.flexmark.ext.attributes.internal.AttributesAttributeProvider;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps script out of the attributes of rendered Markdown, as escaping keeps it out of the text. Markdown writes
 * attributes in two ways that escaping does not cover: link and image URLs, whose scheme may be {@code javascript:}
 * (Flexmark suppresses only the lowercase spelling, not {@code JaVaScRiPt&#58;}), and the attributes extension
 * ({@code {onclick=…}}), whose values Flexmark writes with their character references as they are
 * ({@code {href="jav&#x61;script:…"}}), for the browser to decode. So event-handler attributes are dropped, a URL
 * attribute is dropped unless, read as a browser reads it, it is relative or http, https or mailto, and
 * {@code style} and {@code srcset} (a list of URLs) are dropped. Reports quote model outputs; the page's CSP would
 * also block these, but the pages should not depend on it.
 */
final class ScriptFreeAttributes implements AttributeProvider {

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
      "cite", "background", "srcset", "xlink:href");
  /** Attributes dropped whatever their value: inline CSS, and URL lists that {@link #isSafeUrl} does not read. */
  private static final Set<String> DROPPED = Set.of("style", "srcset");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  /** What a browser ignores in a URL before its scheme: leading controls and spaces; tabs and newlines anywhere. */
  private static final Pattern IGNORED = Pattern.compile("^[\\x00-\\x20]+|[\\t\\n\\r]");

  @Override
  public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
    List<String> unsafe = new ArrayList<>();
    for (String name : attributes.keySet()) {
      String key = name.toLowerCase(Locale.ROOT);
      if (key.startsWith("on") || DROPPED.contains(key)
          || (URL_ATTRIBUTES.contains(key) && !isSafeUrl(attributes.getValue(name)))) {
        unsafe.add(name);
      }
    }
    unsafe.forEach(attributes::remove);
  }

  /**
   * Whether {@code url}, as written into an attribute, is relative or http, https or mailto once the browser has
   * decoded its character references and dropped what it ignores. Anything before the first {@code :} (that is
   * not after a {@code /}, {@code ?} or {@code #}) must be one of those schemes; and a relative URL must not have an
   * {@code &} there, a reference left undecoded here that a browser might still read as a {@code :}.
   */
  static boolean isSafeUrl(String url) {
    String cleaned = IGNORED.matcher(Escaping.unescapeString(url)).replaceAll("").toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < cleaned.length() && ":/?#".indexOf(cleaned.charAt(end)) < 0) {
      end++;
    }
    String head = cleaned.substring(0, end);
    if (end < cleaned.length() && cleaned.charAt(end) == ':') {
      return SAFE_SCHEMES.contains(head);
    }
    return !head.contains("&");
  }

  /** Runs after the attributes extension, so attributes written as {@code {…}} are checked too. */
  static final class Factory extends IndependentAttributeProviderFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return Set.of(AttributesAttributeProvider.Factory.class);
    }

    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      return new ScriptFreeAttributes();
    }
  }
}
