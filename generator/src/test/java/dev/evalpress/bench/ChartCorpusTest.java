package dev.evalpress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCorpusTest {

  @Test
  void writesOneResultFilePerEvalAndVersionAndTheSameBytesEveryTime(@TempDir Path dir)
      throws Exception {
    assertThat(ChartCorpus.write(dir.resolve("a"), dir.resolve("a-csv"), 3, 8)).isEqualTo(25);
    ChartCorpus.write(dir.resolve("b"), dir.resolve("b-csv"), 3, 8);
    List<Path> files = files(dir.resolve("a"));
    assertThat(files).hasSize(26); // 24 results, models.json, evalpress.yaml
    for (Path f : files) {
      Path rel = dir.resolve("a").relativize(f);
      assertThat(dir.resolve("b").resolve(rel)).hasSameBinaryContentAs(f);
    }
    for (Path csv : files(dir.resolve("a-csv"))) {
      assertThat(dir.resolve("b-csv").resolve(csv.getFileName())).hasSameBinaryContentAs(csv);
      List<String> lines = Files.readAllLines(csv);
      assertThat(lines.get(0)).isEqualTo(ChartCorpus.CSV_HEADER);
      assertThat(lines).hasSize(1 + 8 * ChartCorpus.CONDITIONS);
    }
    assertThat(files(dir.resolve("a-csv"))).hasSize(3);
  }

  @Test
  void evalpressBuildsOneEvalPageWithATrendChartPerEval(@TempDir Path dir) throws Exception {
    ChartCorpus.write(dir.resolve("root"), dir.resolve("csv"), 3, 8);
    BuildResult built = new SiteBuild(dir.resolve("root")).build(dir.resolve("site"));
    assertThat(built.warnings()).isEmpty();
    for (int e = 0; e < 3; e++) {
      Path page = dir.resolve("site/evals").resolve(ChartCorpus.evalId(e)).resolve("index.html");
      assertThat(page).content().contains("across model versions");
    }
  }

  @Test
  void theMatplotlibScriptIsValidPython(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("trend_charts.py");
    try (InputStream in = ChartCorpus.class.getResourceAsStream(ChartCorpus.MATPLOTLIB_SCRIPT)) {
      assertThat(in).isNotNull();
      Files.copy(in, script);
    }
    Path python = Path.of("/usr/bin/python3");
    Assumptions.assumeTrue(Files.isExecutable(python), "python3 is not installed");
    Process p =
        new ProcessBuilder(python.toString(), "-m", "py_compile", script.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
  }

  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
