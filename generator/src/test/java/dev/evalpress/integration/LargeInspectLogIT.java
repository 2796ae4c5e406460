package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Inspect AI JSON log of about 500 MB, nearly all of it samples with long outputs, builds in a
 * 512 MB heap: the log is parsed as a stream without its samples, which are then read one at a time
 * (see BENCHMARKS.md). The log is made here, never committed.
 */
class LargeInspectLogIT {

  static final int SAMPLES = 1000;
  static final int OUTPUT_CHARS = 500_000;

  @Test
  void aLogOf500MbBuildsInA512MbHeapWithItsCounts(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("results/big.json");
    Files.createDirectories(log.getParent());
    write(log, SAMPLES, OUTPUT_CHARS);
    assertThat(Files.size(log)).isGreaterThan(500_000_000L);
    Files.writeString(
        dir.resolve("evalpress.yaml"), "samples:\n  - eval: inspect/big_log\n    cap: 5\n");

    long started = System.nanoTime();
    Jar.Result r = Jar.run(dir, List.of("-Xmx512m"), Map.of(), "build");
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;

    assertThat(r.err()).doesNotContain("Exception", "Error", "\tat ", "out of memory");
    assertThat(r.code()).as(r.err()).isZero();
    Document eval =
        Jsoup.parse(dir.resolve("site/evals/inspect/big_log/index.html").toFile(), "UTF-8");
    assertThat(eval.select("table.eval-table thead th").eachText())
        .containsSubsequence("k", "n", "Rate");
    assertThat(eval.select("table.eval-table tbody tr.pooled").text()).contains("750 1,000 75%");
    System.out.println(
        "LargeInspectLogIT: " + Files.size(log) + " bytes built in " + seconds + " s at -Xmx512m");
  }

  /**
   * A successful log of one correct/incorrect scorer without reductions (so its samples are read to
   * count them): {@code samples} samples, every fourth incorrect, each with an output of {@code
   * outputChars} characters.
   */
  static void write(Path file, int samples, int outputChars) throws IOException {
    int correct = samples - (samples + 3) / 4;
    double accuracy = (double) correct / samples;
    double stderr = Math.sqrt(accuracy * (1 - accuracy) / (samples - 1));
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      out.write(
          """
          {
            "version": 2,
            "status": "success",
            "eval": {
              "eval_id": "LargeLogEvalId0000000001", "run_id": "LargeLogRunId00000000001",
              "created": "2025-05-12T20:28:13-04:00", "task": "big_log", "task_id": "LargeLogTaskId0000000001",
              "model": "openai/gpt-4o-mini", "config": {"epochs": 1}
            },
            "results": {
              "total_samples": %d, "completed_samples": %d,
              "scores": [{"name": "match", "scorer": "match", "metrics": {
                "accuracy": {"name": "accuracy", "value": %s},
                "stderr": {"name": "stderr", "value": %s}}}]
            },
            "samples": [
          """
              .formatted(samples, samples, Double.toString(accuracy), Double.toString(stderr)));
      StringBuilder words = new StringBuilder(outputChars + 16);
      long seed = 42;
      for (int i = 0; i < samples; i++) {
        words.setLength(0);
        while (words.length() < outputChars) {
          seed = seed * 6364136223846793005L + 1442695040888963407L;
          words.append(WORDS[(int) ((seed >>> 33) % WORDS.length)]).append(' ');
        }
        boolean ok = i % 4 != 0;
        out.write(
            (i == 0 ? "" : ",\n")
                + "{\"id\": "
                + (i + 1)
                + ", \"epoch\": 1, \"input\": \"Question "
                + (i + 1)
                + "\", \"target\": \"Yes\", \"output\": {\"model\": \"gpt-4o-mini\", \"completion\": \"");
        out.append(words);
        out.write(
            "\"}, \"scores\": {\"match\": {\"value\": \""
                + (ok ? "C" : "I")
                + "\", \"answer\": \"Yes\"}}}");
      }
      out.write("\n  ]\n}\n");
    }
  }

  private static final String[] WORDS =
      ("the model answered question about power seeking and sandbagging when asked"
              + " whether it would copy its weights or disable oversight it said no and explained why carefully with"
              + " reasons evidence caveats uncertainty plans goals values honesty")
          .split(" ");
}
