package dev.evalpress.render.chart;

import org.jfree.chart.axis.NumberAxis;

/**
 * A number axis that labels both of its ends. JFreeChart finds the ticks by floating-point
 * division, so an axis from 0 to 0.15 in steps of 0.025 (5.999… steps) lost its top tick, and one
 * from 1.2000000000000002 in steps of 0.05 its bottom one; here a tick within a billionth of a step
 * of either end counts as on the axis.
 */
final class EndTickAxis extends NumberAxis {

  private static final long serialVersionUID = 1L;
  private static final double SLACK = 1e-9;

  @Override
  protected double calculateLowestVisibleTickValue() {
    double unit = getTickUnit().getSize();
    return Math.ceil(getLowerBound() / unit - SLACK) * unit;
  }

  @Override
  protected int calculateVisibleTickCount() {
    double unit = getTickUnit().getSize();
    return (int)
        (Math.floor(getUpperBound() / unit + SLACK)
            - Math.ceil(getLowerBound() / unit - SLACK)
            + 1);
  }
}
