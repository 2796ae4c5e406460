package dev.evalpress.render.page;

import java.util.List;

/** What every page shares: the site title, the page title, the stylesheet and navigation, as relative links. */
public record Chrome(String siteTitle, String title, String stylesheet, Link home, List<Link> nav) {

  /** The chrome of the page at {@code pagePath} (relative to the site root). */
  public static Chrome of(String siteTitle, String pageTitle, String pagePath) {
    String index = SitePaths.relative(pagePath, SitePaths.INDEX);
    return new Chrome(siteTitle, pageTitle.equals(siteTitle) ? siteTitle : pageTitle + " · " + siteTitle,
        SitePaths.relative(pagePath, SitePaths.STYLE), new Link(siteTitle, index),
        List.of(new Link("Reports", index + "#reports"), new Link("Dashboard", index + "#dashboard"),
            new Link("Evals", index + "#evals"), new Link("Models", index + "#models"),
            new Link("Training runs", index + "#runs")));
  }
}
