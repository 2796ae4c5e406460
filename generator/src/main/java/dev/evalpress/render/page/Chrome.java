package dev.evalpress.render.page;

import dev.evalpress.model.SiteSettings;
import dev.evalpress.model.StatisticsSettings;
import java.util.List;

/**
 * What every page shares: the site and page titles, stylesheet and navigation as relative links,
 * the label of interval columns ({@code 95% CI}), the footer's note on the statistics used, the
 * search box, the script that makes tables sortable and the light/dark theme switch.
 */
public record Chrome(
    String siteTitle,
    String title,
    String stylesheet,
    Link home,
    List<Link> nav,
    String ciLabel,
    String statisticsNote,
    Link methods,
    String filterScript,
    SearchBox search,
    String tableScript,
    String themeScript) {

  /** The chrome of the page at {@code pagePath} (relative to the site root). */
  public static Chrome of(SiteSettings settings, String pageTitle, String pagePath) {
    String siteTitle = settings.title();
    String index = SitePaths.relative(pagePath, SitePaths.INDEX);
    Link methods = new Link("Methods", SitePaths.relative(pagePath, SitePaths.METHODS));
    StatisticsSettings s = settings.statistics();
    String rateInterval = Labels.intervalMethod(s);
    String note =
        "Rates are shown with their sample size and a "
            + s.levelLabel()
            + " "
            + rateInterval
            + " interval; scores with a "
            + s.levelLabel()
            + " normal interval. Changes between versions are tested"
            + " at \u03b1 = "
            + Labels.alpha(s)
            + ".";
    return new Chrome(
        siteTitle,
        pageTitle.equals(siteTitle) ? siteTitle : pageTitle + " · " + siteTitle,
        SitePaths.relative(pagePath, SitePaths.STYLE),
        new Link(siteTitle, index),
        List.of(
            new Link("Reports", index + "#reports"),
            new Link("Dashboard", index + "#dashboard"),
            new Link("Evals", SitePaths.relative(pagePath, SitePaths.EVALS_INDEX)),
            new Link("Models", SitePaths.relative(pagePath, SitePaths.MODELS_INDEX)),
            new Link("Training runs", SitePaths.relative(pagePath, SitePaths.RUNS_INDEX)),
            methods),
        s.levelLabel() + " CI",
        note,
        methods,
        SitePaths.relative(pagePath, SitePaths.FILTER_SCRIPT),
        SearchBox.of(pagePath),
        SitePaths.relative(pagePath, SitePaths.TABLE_SCRIPT),
        SitePaths.relative(pagePath, SitePaths.THEME_SCRIPT));
  }
}
