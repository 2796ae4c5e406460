package dev.evalpress.render.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void quotesAndNeutralisesUntrustedText() {
    String csv = new CsvTable(List.of("name", "value"))
        .row("plain", 1)
        .row("a, \"quoted\" name", 0.25)
        .row("=HYPERLINK(\"http://x\")", -0.5)
        .row("@SUM(A1)", null)
        .row("+1", Double.NaN)
        .toString();
    assertThat(csv.lines()).containsExactly(
        "name,value",
        "plain,1",
        "\"a, \"\"quoted\"\" name\",0.25",
        "\"'=HYPERLINK(\"\"http://x\"\")\",-0.5",
        "'@SUM(A1),",
        "'+1,");
  }
}
