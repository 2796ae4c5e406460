package dev.evalpress.render.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void quotesAndNeutralisesUntrustedText() {
    String csv =
        new CsvTable(List.of("name", "value"))
            .row("plain", 1)
            .row("a, \"quoted\" name", 0.25)
            .row("=HYPERLINK(\"http://x\")", -0.5)
            .row("@SUM(A1)", null)
            .row("+1", Double.NaN)
            .toString();
    assertThat(csv.lines())
        .containsExactly(
            "name,value",
            "plain,1",
            "\"a, \"\"quoted\"\" name\",0.25",
            "\"'=HYPERLINK(\"\"http://x\"\")\",-0.5",
            "'@SUM(A1),",
            "'+1,");
  }

  @Test
  void neutralisesFormulasAfterLeadingWhitespace() {
    // Spreadsheets that trim cells on import (LibreOffice's "trim spaces", Google Sheets) would run
    // these.
    String csv =
        new CsvTable(List.of("name"))
            .row(" =HYPERLINK(\"http://x\",\"y\")")
            .row("  +1")
            .row("\u00A0-2")
            .row("\u3000@SUM(A1)")
            .row("\n=1+1")
            .row(" plain")
            .row("a =1")
            .toString();
    assertThat(csv)
        .isEqualTo(
            "name\n"
                + "\"' =HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n"
                + "'  +1\n"
                + "'\u00A0-2\n"
                + "'\u3000@SUM(A1)\n"
                + "\"'\n=1+1\"\n"
                + " plain\n"
                + "a =1\n");
  }
}
