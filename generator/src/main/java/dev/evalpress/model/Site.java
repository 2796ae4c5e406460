package dev.evalpress.model;

import java.util.List;

/** All inputs of one build: the results and the reports (newest first). */
public record Site(Results results, List<ReportSource> reports) {

  public Site {
    reports = List.copyOf(reports);
  }
}
