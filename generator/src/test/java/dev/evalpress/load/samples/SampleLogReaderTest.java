package dev.evalpress.load.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.SampleLogs;
import dev.evalpress.load.degeneration.DegenerationDetector;
import dev.evalpress.load.degeneration.DegenerationSettings;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLogReaderTest {

  static final String HEADER =
      "{\"kind\": \"samples\", \"version\": 1, \"eval\": {\"id\": \"e\", \"title\": \"E\","
          + " \"metric\": \"m\", \"category\": \"other\", \"direction\": \"lower-is-better\"}}";
  static final DegenerationDetector DETECTOR =
      new DegenerationDetector(DegenerationSettings.DEFAULT);

  /** Writes {@code lines} samples (about 100 bytes each, so 60,000 span several 4 MB blocks). */
  static void writeLog(Writer w, int lines, int badLine) throws IOException {
    w.write(HEADER + "\r\n");
    for (int i = 0; i < lines; i++) {
      int fileLine = i + 2;
      if (fileLine == badLine) {
        w.write(
            "{\"id\": \"bad\", \"eval\": \"e\", \"model\": \"m\", \"output\": 7, \"verdict\": true}\n");
        continue;
      }
      String loop = i % 10 == 0 ? " one two three one two three one two three" : "";
      w.write(
          "{\"id\": \"s"
              + i
              + "\", \"eval\": \"e\", \"model\": \"m\", \"condition\": {\"c\": \""
              + (i % 3)
              + "\"}, \"output\": \"line "
              + i
              + loop
              + "\", \"verdict\": "
              + (i % 4 == 0)
              + "}\n");
    }
  }

  private static SampleAggregate read(Path file, int threads, Problems problems)
      throws IOException {
    SampleLogHeader header =
        SampleLogs.header(file, file.getFileName().toString(), problems).orElseThrow();
    return SampleLogReader.read(
        file,
        file.getFileName().toString(),
        header,
        () -> new SampleAggregate(DETECTOR, 25),
        threads,
        problems);
  }

  @Test
  void countsEverySampleAcrossBlocksAndReportsBadLinesAtTheirLine(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("log.jsonl");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeLog(w, 60_000, 59_990);
    }
    assertThat(Files.size(file)).isGreaterThan(5L << 20);
    Problems problems = new Problems();
    SampleAggregate a = read(file, 2, problems);
    assertThat(problems.list())
        .extracting(Object::toString)
        .containsExactly("log.jsonl:59990:52: /output: expected a string");
    long samples = a.counts().values().stream().mapToLong(CellCounts::samples).sum();
    long flagged = a.counts().values().stream().mapToLong(CellCounts::flagged).sum();
    assertThat(samples).isEqualTo(59_999);
    // i % 4 == 0 for i in 0..59999, less the bad line's i = 59988 (divisible by 4).
    assertThat(flagged).isEqualTo(15_000 - 1);
  }

  @Test
  void resultDoesNotDependOnThreadsAndGzipReadsTheSame(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("log.jsonl");
    Path gz = dir.resolve("log.jsonl.gz");
    try (Writer w = Files.newBufferedWriter(plain, StandardCharsets.UTF_8)) {
      writeLog(w, 20_000, -1);
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(plain, out);
    }
    Problems problems = new Problems();
    SampleAggregate one = read(plain, 1, problems);
    SampleAggregate three = read(plain, 3, problems);
    SampleAggregate zipped = read(gz, 2, problems);
    assertThat(problems.list()).isEmpty();
    Map<SampleCell, CellCounts> counts = one.counts();
    assertThat(three.counts()).isEqualTo(counts);
    assertThat(zipped.counts()).isEqualTo(counts);
    assertThat(ids(three)).isEqualTo(ids(one)).hasSize(25);
    assertThat(ids(zipped)).isEqualTo(ids(one));
    long degenerate = counts.values().stream().mapToLong(CellCounts::degenerate).sum();
    assertThat(degenerate).isEqualTo(2_000);
  }

  @Test
  void headerProblemsAreReported(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.jsonl");
    Files.writeString(file, "{\"kind\": \"eval-result\", \"version\": 1}\n");
    Problems problems = new Problems();
    assertThat(SampleLogs.header(file, "x.jsonl", problems)).isEmpty();
    assertThat(problems.list())
        .extracting(Object::toString)
        .containsExactly(
            "x.jsonl:1:10: /kind: the first line of a sample log has kind \"samples\", got \"eval-result\"");
  }

  @Test
  void anLmEvalSamplesFileGetsAClearMessage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("samples_arc_easy_2025-01-01.jsonl");
    Files.writeString(file, "{\"doc_id\": 0, \"target\": \"A\", \"acc\": 1.0}\n");
    Problems problems = new Problems();
    assertThat(SampleLogs.header(file, "samples.jsonl", problems)).isEmpty();
    assertThat(problems.list().get(0).message())
        .startsWith("this looks like an lm-evaluation-harness samples file");
  }

  private static java.util.List<String> ids(SampleAggregate a) {
    return a.published().get("models/m").stream().map(s -> s.sample().id()).toList();
  }
}
