package dev.evalpress.render.markdown.internal;

import com.vladsch.flexmark.ext.attributes.internal.AttributesAttributeProvider;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps script out of the attributes of rendered Markdown, as escaping keeps it out of the text. Markdown writes
 * attributes in two ways that escaping does not cover: link and image URLs, whose scheme may be {@code javascript:}
 * (Flexmark suppresses only the lowercase spelling, not {@code JaVaScRiPt&#58;}), and the attributes extension
 * ({@code {onclick=…}}). So event-handler attributes are dropped, and a URL attribute is dropped unless it is
 * relative or http, https or mailto. Reports quote model outputs; the page's CSP would also block these, but the
 * pages should not depend on it.
 */
final class ScriptFreeAttributes implements AttributeProvider {

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
      "cite", "background", "srcset", "xlink:href");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
  /** What a browser ignores in a URL before its scheme: leading controls and spaces; tabs and newlines anywhere. */
  private static final Pattern IGNORED = Pattern.compile("^[\\x00-\\x20]+|[\\t\\n\\r]");

  @Override
  public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
    List<String> unsafe = new ArrayList<>();
    for (String name : attributes.keySet()) {
      String key = name.toLowerCase(Locale.ROOT);
      if (key.startsWith("on") || (URL_ATTRIBUTES.contains(key) && !isSafeUrl(attributes.getValue(name)))) {
        unsafe.add(name);
      }
    }
    unsafe.forEach(attributes::remove);
  }

  static boolean isSafeUrl(String url) {
    String cleaned = IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
    var scheme = SCHEME.matcher(cleaned);
    return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1));
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
