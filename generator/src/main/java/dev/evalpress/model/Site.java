package dev.evalpress.model;

import java.util.List;

/**
 * All inputs of one build: the settings, the results and the reports (newest first), and the bodies
 * of reports whose front matter has problems (in path order), which are not built but whose
 * directives are checked.
 */
public record Site(
    SiteSettings settings,
    Results results,
    List<Report> reports,
    List<ReportBody> reportsWithBadFrontMatter) {

  public Site {
    reports = List.copyOf(reports);
    reportsWithBadFrontMatter = List.copyOf(reportsWithBadFrontMatter);
  }

  /** A site whose reports all have good front matter. */
  public Site(SiteSettings settings, Results results, List<Report> reports) {
    this(settings, results, reports, List.of());
  }
}
