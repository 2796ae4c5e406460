package dev.evalpress.load.internal;

import java.util.regex.Pattern;

/**
 * The shape of ids. Ids become folder names in the site, so they are restricted to characters that
 * are safe in paths and URLs on every platform; an eval id may have several {@code /}-separated
 * segments. Lowercase only, so that no two ids name the same folder on a case-insensitive file
 * system.
 */
public final class Ids {

  private static final String SEGMENT = "[a-z0-9][a-z0-9._-]{0,99}";
  private static final Pattern SIMPLE = Pattern.compile(SEGMENT);
  private static final Pattern NESTED = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*");

  public static final String SIMPLE_RULE =
      "lowercase letters, digits, '.', '_' or '-', starting with a letter or"
          + " digit, not ending in '.', .html, .svg, .csv, .js or .css, and not a name Windows reserves (con, prn,"
          + " aux, nul, com0 to com9, lpt0 to lpt9, also with an extension)";
  public static final String NESTED_RULE = "segments of " + SIMPLE_RULE + ", separated by '/'";

  private Ids() {}

  private static final Pattern OUTSIDE_SEGMENT = Pattern.compile("[^a-z0-9._-]+");
  private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[._-]+|[._-]+$");

  /**
   * The one rule by which importers make an id segment of a foreign name (a task, a metric, a model
   * name): lowercase; every run of characters outside {@code [a-z0-9._-]} becomes one {@code -};
   * leading and trailing {@code .}, {@code _} and {@code -} are dropped. {@code "a b"} → {@code
   * a-b}, {@code "ARC (easy)"} → {@code arc-easy}. Empty when nothing usable is left: the caller
   * picks the fallback, since only it knows what the segment names ({@link #segment(String,
   * String)}). The result may still be a name {@link #isSimple} refuses (such as {@code con});
   * callers check.
   */
  public static String segment(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return EDGE_SEPARATORS.matcher(OUTSIDE_SEGMENT.matcher(lower).replaceAll("-")).replaceAll("");
  }

  /** {@link #segment(String)}, or {@code fallback} when that is empty. */
  public static String segment(String name, String fallback) {
    String s = segment(name);
    return s.isEmpty() ? fallback : s;
  }

  /** Segments ending like the files the site writes beside pages would collide with them. */
  private static final Pattern RESERVED =
      Pattern.compile("(^|/)[^/]*\\.(html|svg|csv|js|css)(/|$)");

  /**
   * Names Windows will not create as files or folders, whatever their extension ({@code nul.txt}
   * too), and names ending in '.', which Windows silently drops (so {@code a.} and {@code a} would
   * be one folder).
   */
  private static final Pattern WINDOWS =
      Pattern.compile("(^|/)((con|prn|aux|nul|com[0-9]|lpt[0-9])(\\.[^/]*)?|[^/]*\\.)(/|$)");

  public static boolean isSimple(String id) {
    return SIMPLE.matcher(id).matches() && allowed(id);
  }

  public static boolean isNested(String id) {
    return NESTED.matcher(id).matches() && allowed(id);
  }

  private static boolean allowed(String id) {
    return !RESERVED.matcher(id).find() && !WINDOWS.matcher(id).find();
  }
}
