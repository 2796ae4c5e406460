package dev.evalpress.render.figure;

/**
 * A numbered figure ready to write: {@code id} is its anchor and file stem ({@code figure-2} gives
 * {@code figure-2.svg} and {@code figure-2.csv} beside the page), {@code label} its visible number,
 * {@code height} the drawing's height at its 720-pixel width (so pages reserve the right space).
 */
public record Figure(
    String id,
    String label,
    String caption,
    String alt,
    String svg,
    String csv,
    int height,
    DataTable table) {

  /** A figure without a data table. */
  public Figure(
      String id, String label, String caption, String alt, String svg, String csv, int height) {
    this(id, label, caption, alt, svg, csv, height, DataTable.EMPTY);
  }

  public String svgFile() {
    return id + ".svg";
  }

  public String csvFile() {
    return id + ".csv";
  }
}
