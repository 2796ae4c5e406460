package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits on untrusted reads where only a small heap or another locale shows them, in the
 * packaged jar: each ends in one line per problem and exit 1, never a stack trace. The bombs are
 * made here, never committed.
 */
class InputLimitsIT {

  /** A 600 MB {@code header.json} in a zip of well under 1 MB, read with a 256 MB heap. */
  @Test
  void aZipBombIsRefusedWithinA256MbHeap(@TempDir Path dir) throws Exception {
    byte[] header =
        Files.readAllBytes(Path.of("src/test/resources/imports/inspect/success-ci.json"));
    Path eval = dir.resolve("results/bomb.eval");
    Files.createDirectories(eval.getParent());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(eval))) {
      zip.putNextEntry(new ZipEntry("header.json"));
      zip.write(header, 0, header.length - 2);
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 600; i++) {
        zip.write(spaces);
      }
      zip.write("}\n".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    assertThat(Files.size(eval)).isLessThan(1 << 20);
    Jar.Result r = Jar.run(dir, List.of("-Xmx256m"), Map.of(), "check");
    assertThat(r.err())
        .startsWith(
            "results/bomb.eval!header.json:0:0: the zip entry header.json inflates to more than"
                + " 100 times its compressed size");
    assertThat(r.err()).doesNotContain("Exception", "Error", "\tat ");
    assertThat(r.code()).isEqualTo(1);
  }

  /**
   * In the C locale Java cannot encode a non-ASCII file name as text; an agentic-misalignment
   * condition folder with one is still read (its prompts are found by the folder's own name, not by
   * its name as text).
   */
  @Test
  void aNonAsciiConditionFolderIsReadUnderLangC(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("results/run1");
    copy(Path.of("src/test/resources/imports/agentic-misalignment/results"), run);
    Path models = run.resolve("models/claude-opus-4");
    Files.move(
        models.resolve("blackmail_explicit-america_replacement"),
        models.resolve("blackmail_explicit-am\u00e9rique_replacement"));
    copy(
        run.resolve("prompts/blackmail_explicit-america_replacement"),
        run.resolve("prompts/blackmail_explicit-am\u00e9rique_replacement"));
    // the fixture's one bad response would stop the check before the samples are read
    Path bad = run.resolve("models/gpt-4.1/blackmail_explicit-america_replacement/sample_002");
    Files.delete(bad.resolve("response.json"));
    Files.delete(bad);
    Jar.Result r = Jar.run(dir, List.of(), Map.of("LANG", "C", "LC_ALL", "C"), "check");
    assertThat(r.err())
        .doesNotContain("InvalidPathException", "internal error", "Exception", "\tat ");
    assertThat(r.code()).isZero();
  }

  private static void copy(Path from, Path to) throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
