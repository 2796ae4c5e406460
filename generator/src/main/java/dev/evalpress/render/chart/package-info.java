/**
 * Static charts for eval results, rendered to standalone SVG documents.
 *
 * <p>The package holds the chart data records ({@link dev.evalpress.render.chart.BarChartData},
 * {@link dev.evalpress.render.chart.TrendChartData}, {@link
 * dev.evalpress.render.chart.TrainingChartData}, {@link
 * dev.evalpress.render.chart.HeatmapChartData}) and {@link
 * dev.evalpress.render.chart.SvgChartRenderer}, which draws them onto a JFreeSVG canvas in a plain
 * research-blog style (white background, light horizontal gridlines, Okabe–Ito colours, 95%
 * interval whiskers or bands): bars, trends and training curves with JFreeChart, heatmaps by hand
 * (a grid of viridis tiles, each labelled with its value, and a colour legend; 720 wide and as tall
 * as their rows need).
 *
 * <p>It knows nothing of HTML or of the page a chart ends up on: it returns an SVG document as a
 * string and the caller decides where to put it. Output is byte-for-byte deterministic for the same
 * data and id prefix, uses only {@link java.util.Locale#ROOT} for number formatting, runs headless,
 * and treats every label as untrusted text. The public types are immutable or stateless and each
 * render call builds its own chart and canvas, so the package is thread-safe. (Loading it flips one
 * JVM-wide JFreeChart switch so rotated text stays text; see {@code SvgCanvas}.)
 */
package dev.evalpress.render.chart;
