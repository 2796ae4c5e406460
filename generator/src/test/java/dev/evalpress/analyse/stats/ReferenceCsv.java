package dev.evalpress.analyse.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads the reference CSVs under {@code /reference} (written by {@code make_reference.py} from
 * SciPy and statsmodels) as rows keyed by column name, and compares numbers with a combined
 * tolerance.
 */
final class ReferenceCsv {

  private ReferenceCsv() {}

  /** A row of a reference file; blank cells are absent. */
  record Row(Map<String, String> cells) {
    long longValue(String column) {
      return Long.parseLong(cells.get(column));
    }

    double doubleValue(String column) {
      return Double.parseDouble(cells.get(column));
    }

    boolean has(String column) {
      return !cells.get(column).isEmpty();
    }

    double[] doubles(String column) {
      return Arrays.stream(cells.get(column).split(";")).mapToDouble(Double::parseDouble).toArray();
    }

    @Override
    public String toString() {
      return cells.toString();
    }
  }

  static List<Row> read(String file) {
    try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + file)) {
      assertThat(in).as("reference file %s", file).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = reader.readLine().split(",", -1);
      List<Row> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] values = line.split(",", -1);
        assertThat(values).as("columns in %s", line).hasSameSizeAs(header);
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          cells.put(header[i], values[i]);
        }
        rows.add(new Row(cells));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of {@code file} as test arguments, each named after its cells. */
  static Stream<Arguments> arguments(String file) {
    return read(file).stream().map(r -> Arguments.of(Named.of(r.toString(), r)));
  }

  /** Asserts |actual − expected| <= max(absolute, relative·|expected|). */
  static void assertClose(
      String what, double actual, double expected, double relative, double absolute) {
    double tolerance = Math.max(absolute, relative * Math.abs(expected));
    assertThat(Math.abs(actual - expected))
        .as("%s: got %s, reference %s", what, actual, expected)
        .isLessThanOrEqualTo(tolerance);
  }
}
