package dev.evalpress.load.samples;

/**
 * Counts of one cell: samples, samples the grader flagged (verdict true), and degenerate outputs.
 */
public record CellCounts(long samples, long flagged, long degenerate) {

  CellCounts plus(CellCounts o) {
    return new CellCounts(samples + o.samples, flagged + o.flagged, degenerate + o.degenerate);
  }
}
