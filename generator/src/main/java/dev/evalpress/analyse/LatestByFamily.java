package dev.evalpress.analyse;

/**
 * The dashboard's figures for any eval, tracked or not: the latest measured version of each line of
 * each model family, with its change from its nearest measured ancestor. The evals index shows them
 * for every eval, since the dashboard holds only the tracked ones when some are tracked.
 */
public final class LatestByFamily {

  private LatestByFamily() {}

  /**
   * The row of {@code eval}, computed as {@link Analysis#dashboard()} computes a tracked eval's.
   */
  public static DashboardRow of(Analysis analysis, EvalSummary eval) {
    return Dashboard.row(eval, analysis.models());
  }
}
