package dev.evalpress.load.imports.lmeval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.model.Direction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The importer's directions against the directions the harness declares, as recorded (with file and
 * commit of EleutherAI/lm-evaluation-harness) in {@code harness-metric-directions.csv}.
 */
class MetricDirectionsTest {

  private static final Path RECORDED =
      Path.of("src/test/resources/imports/lm-eval/harness-metric-directions.csv");

  /** One row of the recorded registry. */
  record Declared(String metric, boolean higherIsBetter, String file, String commit) {}

  static List<Declared> recorded() throws IOException {
    return Files.readAllLines(RECORDED).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split(",", -1))
        .map(f -> new Declared(f[0], Boolean.parseBoolean(f[1]), f[2], f[3]))
        .toList();
  }

  @Test
  void everyRecordedRowHasItsProvenance() throws IOException {
    assertThat(recorded())
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(d.file()).startsWith("lm_eval/");
              assertThat(d.commit()).matches("[0-9a-f]{40}");
            });
  }

  @Test
  void theImportersDirectionIsTheOneTheHarnessDeclaresForEveryRecordedMetric() throws IOException {
    for (Declared d : recorded()) {
      assertThat(MetricDirections.declared(d.metric()))
          .as("%s (%s@%s)", d.metric(), d.file(), d.commit())
          .contains(d.higherIsBetter() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER);
    }
  }

  @Test
  void theImportersLowerIsBetterListIsExactlyTheRecordedOne() throws IOException {
    Set<String> recordedLower = new TreeSet<>();
    recorded().stream()
        .filter(d -> !d.higherIsBetter())
        .forEach(d -> recordedLower.add(d.metric()));
    assertThat(new TreeSet<>(MetricDirections.LOWER_IS_BETTER)).isEqualTo(recordedLower);
  }

  @Test
  void aMetricTheHarnessDoesNotMarkHasNoDeclaredDirection() {
    assertThat(MetricDirections.declared("score")).isEqualTo(Optional.empty());
    assertThat(MetricDirections.declared("bleurt_max")).isEmpty();
  }
}
