package dev.evalpress.load.internal;

import java.util.regex.Pattern;

/**
 * The shape of ids. Ids become folder names in the site, so they are restricted to characters that are
 * safe in paths and URLs on every platform; an eval id may have several {@code /}-separated segments.
 */
public final class Ids {

  private static final String SEGMENT = "[a-z0-9][a-z0-9._-]{0,99}";
  private static final Pattern SIMPLE = Pattern.compile(SEGMENT);
  private static final Pattern NESTED = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*");

  public static final String SIMPLE_RULE = "lowercase letters, digits, '.', '_' or '-', starting with a letter or"
      + " digit, not ending in .html, .svg, .csv, .js or .css";
  public static final String NESTED_RULE = "segments of " + SIMPLE_RULE + ", separated by '/'";

  private Ids() {}

  /** Segments ending like the files the site writes beside pages would collide with them. */
  private static final Pattern RESERVED = Pattern.compile("(^|/)[^/]*\\.(html|svg|csv|js|css)(/|$)");

  public static boolean isSimple(String id) {
    return SIMPLE.matcher(id).matches() && !RESERVED.matcher(id).find();
  }

  public static boolean isNested(String id) {
    return NESTED.matcher(id).matches() && !RESERVED.matcher(id).find();
  }
}
