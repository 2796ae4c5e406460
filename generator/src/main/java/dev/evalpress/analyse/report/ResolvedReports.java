package dev.evalpress.analyse.report;

import java.util.Map;

/** The resolved directives of every report to build, by the report's path as shown in messages. */
public record ResolvedReports(Map<String, ResolvedReport> byPath) {

  public ResolvedReports {
    byPath = Map.copyOf(byPath);
  }

  /** The report's directives; empty for a report with none resolved. */
  public ResolvedReport of(String path) {
    return byPath.getOrDefault(path, ResolvedReport.EMPTY);
  }
}
