package dev.evalpress.render.markdown;

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

/**
 * The attributes of elements written from Markdown, by allowlist: those Flexmark writes for
 * evalpress ({@code id}, {@code class}, {@code href}, {@code src}, {@code alt}, {@code title},
 * {@code start}, {@code align}) and a few harmless ones an author may add with the attributes
 * extension ({@code lang}, {@code dir}, {@code width}, {@code height}); any other attribute ({@code
 * onclick}, {@code style}, {@code srcset}, {@code formaction}, {@code tabindex}, …) is dropped.
 * {@code href} and {@code src} are kept only when {@link SafeUrls#isSafe} (Flexmark suppresses only
 * the lowercase {@code javascript:}, not {@code JaVaScRiPt&#58;}, and writes the values of {@code
 * {href="jav&#x61;script:…"}} with their character references, for the browser to decode). Reports
 * quote model outputs; the page's CSP would also block script, but the pages should not depend on
 * it.
 */
final class AllowedAttributes implements AttributeProvider {

  static final Set<String> ALLOWED =
      Set.of(
          "id", "class", "title", "lang", "dir", "href", "src", "alt", "start", "align", "width",
          "height");
  private static final Set<String> URLS = Set.of("href", "src");

  @Override
  public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
    List<String> dropped = new ArrayList<>();
    for (String name : attributes.keySet()) {
      String key = name.toLowerCase(Locale.ROOT);
      if (!ALLOWED.contains(key)
          || (URLS.contains(key) && !SafeUrls.isSafe(attributes.getValue(name)))) {
        dropped.add(name);
      }
    }
    dropped.forEach(attributes::remove);
  }

  /**
   * Runs after {@link UniqueElementIds}, which runs after the attributes extension: sees every
   * attribute.
   */
  static final class Factory extends IndependentAttributeProviderFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return Set.of(UniqueElementIds.Factory.class);
    }

    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      return new AllowedAttributes();
    }
  }
}
