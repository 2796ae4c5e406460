package dev.evalpress.render.chart;

/** How values are shown on the value axis. */
public enum ValueScale {
  /**
   * Values are proportions in [0, 1]; the axis is labelled 0%..100% (or a smaller rounded bound).
   */
  PROPORTION,
  /** Values are plain numbers; the axis is labelled with ordinary numbers. */
  NUMBER
}
