package dev.evalpress.load.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.load.SampleLogs;
import dev.evalpress.load.degeneration.DegenerationSettings;
import dev.evalpress.problem.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log cut into byte ranges anywhere (mid-line, at a newline, inside a CRLF, in the header) adds
 * up to what the build's reader gives for the whole log: the same counts and the same problems.
 */
class SampleLogPartTest {

  @Test
  void partsCutAnywhereAddUpToTheWholeLog(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("log.jsonl");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      SampleLogReaderTest.writeLog(w, 400, 123);
      w.write("\n   \r\nnot json\n{\"id\": \"x\"}\r\n");
      w.write(
          "{\"id\": \"last\", \"eval\": \"e\", \"model\": \"m\", \"output\": \"o\", \"verdict\": true}");
    }
    byte[] bytes = Files.readAllBytes(file);
    Problems whole = new Problems();
    SampleLogHeader header = SampleLogs.header(file, "log.jsonl", whole).orElseThrow();
    SampleAggregate expected =
        SampleLogReader.read(
            file,
            "log.jsonl",
            header,
            () -> new SampleAggregate(SampleLogReaderTest.DETECTOR, 0),
            2,
            whole);
    assertThat(whole.list()).hasSize(3);

    for (long size : new long[] {3, 7, 50, 99, 100, 101, 4096, bytes.length - 1L}) {
      List<SampleLogPart> parts = new ArrayList<>();
      for (long start = 0; start < bytes.length; start += size) {
        long end = start + size >= bytes.length ? Long.MAX_VALUE : start + size;
        parts.add(
            SampleLogPart.read(
                offset ->
                    new ByteArrayInputStream(bytes, (int) offset, bytes.length - (int) offset),
                "log.jsonl",
                "e",
                start,
                end,
                DegenerationSettings.DEFAULT));
      }
      Collections.reverse(parts); // the order parts arrive in does not matter
      Problems problems = new Problems();
      LogAggregate merged = SampleLogPart.merge(parts, "log.jsonl", header, problems);
      assertThat(merged.aggregate().counts()).as("size " + size).isEqualTo(expected.counts());
      assertThat(problems.list()).as("size " + size).isEqualTo(whole.list());
    }
  }
}
