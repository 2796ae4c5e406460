package dev.evalpress.render.format;

import java.util.List;

/**
 * A CSV document (RFC 4180, LF line ends). Text cells that a spreadsheet would run as a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return, or with one of
 * those four after leading whitespace, which importers such as LibreOffice's "trim spaces" and
 * Google Sheets remove) are prefixed with {@code '}, because result text is untrusted; numbers are
 * written as they are.
 */
public final class CsvTable {

  private final StringBuilder text = new StringBuilder();

  public CsvTable(List<String> header) {
    row(header.toArray());
  }

  /**
   * Appends a row; {@link Number} cells are written plainly, everything else as neutralised text.
   */
  public CsvTable row(Object... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(cell(cells[i]));
    }
    text.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return Double.isFinite(d)
          ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
          : "";
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    String s = value.toString();
    if (formula(s)) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /**
   * Starts with a formula character, tab or CR, or with {@code = + - @} after whitespace (Unicode
   * too).
   */
  static boolean formula(String s) {
    if (!s.isEmpty() && "\t\r".indexOf(s.charAt(0)) >= 0) {
      return true;
    }
    int i = 0;
    while (i < s.length()
        && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
      i++;
    }
    return i < s.length() && "=+-@".indexOf(s.charAt(i)) >= 0;
  }
}
