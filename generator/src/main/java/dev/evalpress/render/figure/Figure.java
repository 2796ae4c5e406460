package dev.evalpress.render.figure;

/**
 * A numbered figure ready to write: {@code id} is its anchor and file stem ({@code figure-2} gives
 * {@code figure-2.svg}, {@code figure-2-narrow.svg} and {@code figure-2.csv} beside the page),
 * {@code label} its visible number, {@code height} the drawing's height at its 720-pixel width and
 * {@code narrowHeight} that of the phone drawing ({@code narrowSvg}) at its 300-pixel width, so
 * pages reserve the right space.
 */
public record Figure(
    String id,
    String label,
    String caption,
    String alt,
    String svg,
    String csv,
    int height,
    DataTable table,
    String narrowSvg,
    int narrowHeight) {

  /** The width of the phone drawing, for its {@code <source>}'s width attribute. */
  public static final int NARROW_WIDTH = dev.evalpress.render.chart.ChartSize.NARROW.width();

  /** A figure without a data table or a phone drawing. */
  public Figure(
      String id, String label, String caption, String alt, String svg, String csv, int height) {
    this(id, label, caption, alt, svg, csv, height, DataTable.EMPTY, "", 0);
  }

  /** Whether the figure has a drawing for phones. */
  public boolean hasNarrow() {
    return !narrowSvg.isEmpty();
  }

  public int narrowWidth() {
    return NARROW_WIDTH;
  }

  public String narrowSvgFile() {
    return id + "-narrow.svg";
  }

  public String svgFile() {
    return id + ".svg";
  }

  public String csvFile() {
    return id + ".csv";
  }
}
