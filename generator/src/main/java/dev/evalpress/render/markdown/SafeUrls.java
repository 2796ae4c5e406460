package dev.evalpress.render.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The URLs a report's links and images may have: relative (an in-page {@code #} anchor among them)
 * or with scheme {@code http}, {@code https} or {@code mailto}, as a browser reads the URL. Any
 * other scheme ({@code javascript:}, {@code data:}, {@code vbscript:}, …) is refused however it is
 * spelt.
 */
final class SafeUrls {

  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

  /**
   * What a browser ignores in a URL before its scheme: leading controls and spaces; tabs and
   * newlines anywhere.
   */
  private static final Pattern IGNORED = Pattern.compile("^[\\x00-\\x20]+|[\\t\\n\\r]");

  private SafeUrls() {}

  /**
   * Whether {@code url}, as written into an attribute (with character references), is safe once
   * decoded.
   */
  static boolean isSafe(String url) {
    return isSafeDecoded(Escaping.unescapeString(url));
  }

  /**
   * Whether {@code url}, with its character references decoded, is relative or has an allowed
   * scheme once what the browser ignores is dropped. Anything before the first {@code :} (that is
   * not after a {@code /}, {@code ?} or {@code #}) must be an allowed scheme; and a relative URL
   * must not have an {@code &} there, a reference left undecoded that a browser might still read as
   * a {@code :}.
   */
  static boolean isSafeDecoded(String url) {
    String cleaned = IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < cleaned.length() && ":/?#".indexOf(cleaned.charAt(end)) < 0) {
      end++;
    }
    String head = cleaned.substring(0, end);
    if (end < cleaned.length() && cleaned.charAt(end) == ':') {
      return SCHEMES.contains(head);
    }
    return !head.contains("&");
  }
}
