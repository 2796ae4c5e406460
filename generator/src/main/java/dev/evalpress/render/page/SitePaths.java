package dev.evalpress.render.page;

/**
 * Where each page lives in the site, and relative links between pages. Every link is relative and
 * names {@code index.html} explicitly, so the site works from {@code file://} and under any
 * sub-path.
 */
public final class SitePaths {

  public static final String INDEX = "index.html";
  public static final String STYLE = "assets/style.css";
  public static final String METHODS = "methods/index.html";
  public static final String FILTER_SCRIPT = "assets/filter.js";

  /**
   * The index pages; no eval, model or run page can take these paths, as no id segment ends in
   * {@code .html}.
   */
  public static final String EVALS_INDEX = "evals/index.html";

  public static final String MODELS_INDEX = "models/index.html";
  public static final String RUNS_INDEX = "runs/index.html";
  public static final String SEARCH_SCRIPT = "assets/search.js";
  public static final String SEARCH_INDEX = "assets/search-index.js";

  /** Fuse.js, copied from its WebJar when the site is written. */
  public static final String SEARCH_LIBRARY = "assets/fuse.basic.min.js";

  public static final String TABLE_SCRIPT = "assets/tables.js";

  /** The light/dark switch; loaded in the head so a remembered choice applies before paint. */
  public static final String THEME_SCRIPT = "assets/theme.js";

  private SitePaths() {}

  public static String report(String slug) {
    return "reports/" + slug + "/index.html";
  }

  public static String model(String id) {
    return "models/" + id + "/index.html";
  }

  public static String eval(String id) {
    return "evals/" + id + "/index.html";
  }

  public static String run(String id) {
    return "runs/" + id + "/index.html";
  }

  /**
   * The link from the page at {@code from} to the file at {@code to}, both relative to the site
   * root.
   */
  public static String relative(String from, String to) {
    String[] fromParts = from.split("/");
    String[] toParts = to.split("/");
    int common = 0;
    while (common < fromParts.length - 1
        && common < toParts.length - 1
        && fromParts[common].equals(toParts[common])) {
      common++;
    }
    StringBuilder link = new StringBuilder();
    for (int i = common; i < fromParts.length - 1; i++) {
      link.append("../");
    }
    for (int i = common; i < toParts.length; i++) {
      link.append(toParts[i]);
      if (i < toParts.length - 1) {
        link.append('/');
      }
    }
    return link.toString();
  }
}
