package dev.evalpress.model;

import dev.evalpress.config.SiteSettings;
import java.util.List;

/** All inputs of one build: the settings, the results and the reports (newest first). */
public record Site(SiteSettings settings, Results results, List<ReportSource> reports) {

  public Site {
    reports = List.copyOf(reports);
  }
}
