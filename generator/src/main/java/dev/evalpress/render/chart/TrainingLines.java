package dev.evalpress.render.chart;

import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/** Collects the look of each line series of one dataset and builds its renderer. */
final class TrainingLines {

  private record Look(Paint paint, Stroke stroke, boolean singlePoint) {}

  private final List<Look> looks = new ArrayList<>();

  /** Adds the look of the next series; a lone point is shown as a dot since it has no line. */
  void add(Paint paint, Stroke stroke, int pointCount) {
    looks.add(new Look(paint, stroke, pointCount == 1));
  }

  /** One SVG path per series, no markers except for single-point series. */
  XYLineAndShapeRenderer renderer() {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    r.setDrawSeriesLineAsPath(true);
    for (int i = 0; i < looks.size(); i++) {
      Look look = looks.get(i);
      r.setSeriesPaint(i, look.paint());
      r.setSeriesStroke(i, look.stroke());
      r.setSeriesShapesVisible(i, look.singlePoint());
      r.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    return r;
  }
}
