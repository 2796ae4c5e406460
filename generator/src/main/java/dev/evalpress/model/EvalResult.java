package dev.evalpress.model;

import java.util.List;

/** One eval run on one model version: its rows, one per condition. */
public record EvalResult(
    String evalId, String modelId, RunInfo run, List<ResultRow> rows, Source source) {

  public EvalResult {
    rows = List.copyOf(rows);
  }
}
