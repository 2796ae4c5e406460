package dev.evalpress.render.page;

/**
 * The search box in every page's header, as relative links: the site root (results link to pages
 * from there), the box's script, and the library and index it loads when the box is first used, so
 * a page that is only read loads neither.
 */
public record SearchBox(String root, String script, String library, String index) {

  static SearchBox of(String pagePath) {
    String index = SitePaths.relative(pagePath, SitePaths.INDEX);
    return new SearchBox(
        index.substring(0, index.length() - SitePaths.INDEX.length()),
        SitePaths.relative(pagePath, SitePaths.SEARCH_SCRIPT),
        SitePaths.relative(pagePath, SitePaths.SEARCH_LIBRARY),
        SitePaths.relative(pagePath, SitePaths.SEARCH_INDEX));
  }
}
