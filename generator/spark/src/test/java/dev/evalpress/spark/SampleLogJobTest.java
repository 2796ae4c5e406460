package dev.evalpress.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.SampleLogImport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job once in Spark's {@code local[2]} on generated logs (plain logs cut into many small
 * ranges, a gzip log, bad lines, a line over the cap, hostile text, an empty log and a bad header)
 * and compares every written file byte for byte with {@code evalpress import --logs}.
 */
class SampleLogJobTest {

  private static final String HEADER =
      "{\"kind\": \"samples\", \"version\": 1, \"eval\": {\"id\": \"%s\", \"title\": \"%s\","
          + " \"metric\": \"flag_rate\", \"category\": \"other\", \"direction\": \"lower-is-better\"}}\n";

  /** Text a hostile log may hold: markup, quotes, control and bidi characters, a line separator. */
  private static final String HOSTILE =
      "</script><img src=x onerror=alert(1)> \\\" \\u0000\\u001b[31m \u202e\u2028 ünïcødé \uD83D\uDE00";

  @TempDir static Path dir;
  private static SparkSession spark;

  /** Valid samples written per model of eval safety/refusal, and how many the grader flagged. */
  private static final TreeMap<String, long[]> expected = new TreeMap<>();

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("SampleLogJobTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.memory", "512m")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void writesTheSameFilesAsTheCommandLine() throws IOException {
    Path logs = Files.createDirectories(dir.resolve("logs"));
    writeLogs(logs);

    Path cli = dir.resolve("cli");
    SampleLogImport.run(logs, cli, 2);
    Path cluster = dir.resolve("spark");
    SampleLogJob.Summary summary =
        SampleLogJob.run(spark, logs.toUri().toString(), cluster.toUri().toString(), 64 << 10);

    assertThat(summary.ranges()).as("the plain logs are cut into many ranges").isGreaterThan(20);
    List<String> names = names(cli);
    assertThat(names(cluster)).isEqualTo(names);
    for (String name : names) {
      assertThat(Files.readAllBytes(cluster.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(cli.resolve(name)));
    }

    // and the numbers are the right ones, not only the same ones
    for (var e : expected.entrySet()) {
      String file = Files.readString(cli.resolve("safety_refusal--" + e.getKey() + ".json"));
      assertThat(new long[] {sum(file, "n"), sum(file, "k")})
          .as(e.getKey())
          .containsExactly(e.getValue());
    }
    assertThat(names).contains("safety_refusal_degeneration--m-0.json", "training-run--run-a.json");
    String report = Files.readString(cli.resolve(SampleLogImport.REPORT));
    assertThat(report)
        .contains("logs/a.jsonl:")
        .contains("120 bad lines; the 50 with the lowest line numbers are listed")
        .contains("logs/long.jsonl:4:1: line 4 is longer than")
        .contains("logs/empty.jsonl:1:1: empty sample log")
        .contains("logs/bad-header.jsonl:1:")
        .doesNotContain("hidden")
        .doesNotContain("\u202e");
    // the samples after the long line are not counted
    assertThat(sum(Files.readString(cli.resolve("other_long--m-0.json")), "n")).isEqualTo(2);
  }

  /** The sum of every {@code "field" : N} in a result file. */
  private static long sum(String json, String field) {
    return Pattern.compile("\"" + field + "\" : (\\d+)")
        .matcher(json)
        .results()
        .mapToLong(m -> Long.parseLong(m.group(1)))
        .sum();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void writeLogs(Path logs) throws IOException {
    // a plain log of about 1.5 MB with 120 bad lines spread through it, cut into 64 KiB ranges
    try (Writer w = Files.newBufferedWriter(logs.resolve("a.jsonl"), StandardCharsets.UTF_8)) {
      w.write(HEADER.formatted("safety/refusal", "Refusal"));
      for (int i = 0; i < 3000; i++) {
        if (i % 25 == 7) {
          w.write(
              switch (i % 4) {
                case 0 -> "{\"id\": \"bad" + i + "\", \"model\": \"m-0\"\n";
                case 1 -> "{\"id\": \"x" + i + "\", \"eval\": \"other\", \"model\": \"m-1\"}\n";
                case 2 -> "not json " + HOSTILE + "\n";
                default -> "{\"id\": \"y" + i + "\", \"mystery\": 1}\r\n";
              });
          continue;
        }
        if (i % 100 == 3) {
          w.write("   \n");
        }
        String model = "m-" + (i % 3);
        boolean verdict = i % 5 == 0;
        String output =
            i % 7 == 0 ? "again and again".repeat(1) + " the same loop".repeat(30) : text(i);
        w.write(
            sample(
                "s" + i, "safety/refusal", model, "\"c\": \"" + (i % 2) + "\"", output, verdict));
        w.write(i % 11 == 0 ? "\r\n" : "\n");
        count(model, verdict);
      }
    }
    // the same eval on another model, in a subfolder, without a final newline
    Files.createDirectories(logs.resolve("sub"));
    try (Writer w = Files.newBufferedWriter(logs.resolve("sub/b.jsonl"), StandardCharsets.UTF_8)) {
      w.write(HEADER.formatted("safety/refusal", "Refusal"));
      for (int i = 0; i < 400; i++) {
        w.write(
            (i > 0 ? "\n" : "")
                + sample("b" + i, "safety/refusal", "m-3", "", text(i), i % 3 == 0)
                    .stripTrailing());
        count("m-3", i % 3 == 0);
      }
    }
    // a gzip log of a training run's samples, with hostile text
    try (OutputStream gz =
            new GZIPOutputStream(Files.newOutputStream(logs.resolve("run.jsonl.gz")));
        Writer w = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
      w.write(HEADER.formatted("train/flag", "Flag </script> \u202e"));
      for (int i = 0; i < 2000; i++) {
        w.write(
            "{\"id\": \"r"
                + i
                + "\", \"run\": \"run-a\", \"step\": "
                + (i % 4) * 100
                + ", \"output\": \""
                + (i % 9 == 0 ? "loop".repeat(80) : text(i) + HOSTILE)
                + "\", \"verdict\": "
                + (i % 2 == 0)
                + "}\n");
      }
    }
    // a line over the cap (64 MiB) ends its log: the two samples before it count, the one after not
    try (Writer w = Files.newBufferedWriter(logs.resolve("long.jsonl"), StandardCharsets.UTF_8)) {
      w.write(HEADER.formatted("other/long", "Long"));
      w.write(sample("l1", "other/long", "m-0", "", "short", true) + "\n");
      w.write(sample("l2", "other/long", "m-0", "", "short", false) + "\n");
      char[] block = new char[1 << 20];
      java.util.Arrays.fill(block, 'z');
      w.write("{\"id\": \"huge\", \"output\": \"");
      for (int i = 0; i < 65; i++) {
        w.write(block);
      }
      w.write("\"}\n");
      w.write(sample("l3", "other/long", "m-0", "", "short", true) + "\n");
    }
    Files.createFile(logs.resolve("empty.jsonl"));
    Files.writeString(
        logs.resolve("bad-header.jsonl"), "{\"kind\": \"samples\", \"version\": 2}\n");
    Files.writeString(logs.resolve(".hidden.jsonl"), "not read\n");
    Files.writeString(logs.resolve("notes.txt"), "not a log\n");
  }

  private static void count(String model, boolean verdict) {
    long[] c = expected.computeIfAbsent(model, m -> new long[2]);
    c[0]++;
    if (verdict) {
      c[1]++;
    }
  }

  private static String sample(
      String id, String eval, String model, String condition, String output, boolean verdict) {
    return "{\"id\": \""
        + id
        + "\", \"eval\": \""
        + eval
        + "\", \"model\": \""
        + model
        + "\", \"condition\": {"
        + condition
        + "}, \"input\": \"prompt "
        + HOSTILE
        + "\", \"output\": \""
        + output
        + "\", \"verdict\": "
        + verdict
        + ", \"metadata\": {\"k\": [1, 2]}}";
  }

  private static String text(int i) {
    List<String> words = new ArrayList<>();
    for (int j = 0; j < 20 + i % 50; j++) {
      words.add("word" + ((i * 31 + j * 7) % 97));
    }
    return String.join(" ", words);
  }
}
