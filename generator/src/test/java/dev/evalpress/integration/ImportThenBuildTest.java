package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.cli.EvalpressCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} then {@code build} gives the site that {@code build} gives on the original files:
 * the same files, byte for byte, training runs of imported checkpoints included.
 */
class ImportThenBuildTest {

  @Test
  void lmEvalCheckpointsConvertedToV1FilesBuildTheSameSite(@TempDir Path dir) throws Exception {
    Path original = dir.resolve("original");
    LmEvalV03Files.pythiaCheckpoints(original.resolve("results"));
    Files.createDirectories(original.resolve("content"));
    Path converted = dir.resolve("converted");
    Files.createDirectories(converted.resolve("content"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        EvalpressCommand.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "import",
            original.resolve("results").toString(),
            "--to",
            converted.resolve("results").toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("1 training run");

    BuiltSite direct = BuiltSite.build(original, dir.resolve("site-direct"));
    BuiltSite imported = BuiltSite.build(converted, dir.resolve("site-imported"));

    assertThat(direct.files()).contains("runs/eleutherai-pythia-160m/index.html");
    assertThat(direct.page("index.html").text()).doesNotContain("No training runs");
    List<String> files = direct.files();
    assertThat(imported.files()).isEqualTo(files);
    for (String file : files) {
      assertThat(imported.text(file)).as(file).isEqualTo(direct.text(file));
    }
  }

  /**
   * Inspect logs written without samples (so no transcripts, which {@code import} does not
   * convert): a bounded 2-epoch accuracy keeps its clipped interval, a mean keeps its "direction
   * assumed" note, a cancelled run is still listed as a run that did not complete.
   */
  @Test
  void inspectLogsConvertedToV1FilesBuildTheSameSite(@TempDir Path dir) throws Exception {
    Path original = dir.resolve("original");
    Files.createDirectories(original.resolve("results/logs"));
    Files.createDirectories(original.resolve("content"));
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    for (String name : List.of("two-epochs-mixed.json", "success-numeric.json", "cancelled.json")) {
      com.fasterxml.jackson.databind.node.ObjectNode log =
          (com.fasterxml.jackson.databind.node.ObjectNode)
              json.readTree(Path.of("src/test/resources/imports/inspect", name).toFile());
      log.remove("samples");
      json.writeValue(original.resolve("results/logs").resolve(name).toFile(), log);
    }
    Path converted = dir.resolve("converted");
    Files.createDirectories(converted.resolve("content"));
    StringWriter err = new StringWriter();
    int code =
        EvalpressCommand.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "import",
            original.resolve("results").toString(),
            "--to",
            converted.resolve("results").toString());
    assertThat(code).as(err.toString()).isZero();

    BuiltSite direct = BuiltSite.build(original, dir.resolve("site-direct"));
    BuiltSite imported = BuiltSite.build(converted, dir.resolve("site-imported"));

    assertThat(String.join(" ", direct.htmlPages().stream().map(direct::text).toList()))
        .contains(
            "clipped to [0, 1]",
            "Direction assumed higher-is-better",
            "Runs that did not complete");
    List<String> files = direct.files();
    assertThat(imported.files()).isEqualTo(files);
    for (String file : files) {
      assertThat(imported.text(file)).as(file).isEqualTo(direct.text(file));
    }
  }
}
