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
 * (a grid of viridis tiles, each labelled with its value, and a colour legend; as tall as their
 * rows need). Each chart can be drawn at two {@link dev.evalpress.render.chart.ChartSize sizes}:
 * 720 px wide for desktops and 300 px wide for phones, both with the same 12–13 px text. A trend's
 * model lines share their family's colour and differ by dash and marker ({@code ModelLines}).
 *
 * <p>It knows nothing of HTML or of the page a chart ends up on: it returns an SVG document as a
 * string and the caller decides where to put it. Output is byte-for-byte deterministic for the same
 * data and id prefix, uses only {@link java.util.Locale#ROOT} for number formatting, runs headless,
 * and treats every label as untrusted text. The public types are immutable or stateless and each
 * render call builds its own chart and canvas, so the package is thread-safe. (Loading it flips one
 * JVM-wide JFreeChart switch so rotated text stays text; see {@code SvgCanvas}.)
 */
package dev.evalpress.render.chart;
