package dev.evalpress.load.imports.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.located.LocatedJson;
import dev.evalpress.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip form of an Inspect log imports the same numbers as its JSON form. */
class InspectEvalZipTest {

  /** The JSON log as Inspect's zip (see {@link InspectZips}). */
  private static Path zip(Path json, Path dir) throws Exception {
    return InspectZips.write(
        json, dir.resolve(json.getFileName().toString().replace(".json", ".eval")));
  }

  private static void put(ZipOutputStream out, String name, byte[] bytes) throws Exception {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }

  @Test
  void zipAndJsonFormsImportTheSame(@TempDir Path dir) throws Exception {
    for (String name :
        new String[] {
          "success-ci.json",
          "two-epochs-agree.json",
          "two-epochs-mixed.json",
          "success-numeric.json",
          "cancelled.json"
        }) {
      Path json = Path.of("src/test/resources/imports/inspect", name);
      Problems problems = new Problems();
      var fromJson =
          LocatedJson.parse(name, Files.readAllBytes(json), problems)
              .flatMap(doc -> new InspectLogImporter().read(doc, problems))
              .orElseThrow();
      var fromZip = InspectEvalZip.read(zip(json, dir), name, problems).orElseThrow();
      assertThat(problems.list()).as(name).isEmpty();
      assertThat(fromZip.results())
          .as(name)
          .extracting(r -> r.evalId() + " " + r.rows().get(0).measurement())
          .isEqualTo(
              fromJson.results().stream()
                  .map(r -> r.evalId() + " " + r.rows().get(0).measurement())
                  .toList());
    }
  }

  @Test
  void zipAndJsonFormsAreTheSameRun(@TempDir Path dir) throws Exception {
    for (String name : new String[] {"success-ci.json", "success-numeric.json", "cancelled.json"}) {
      Path json = Path.of("src/test/resources/imports/inspect", name);
      Problems problems = new Problems();
      var fromJson =
          LocatedJson.parse(name, Files.readAllBytes(json), problems)
              .flatMap(doc -> new InspectLogImporter().read(doc, problems))
              .orElseThrow();
      var fromZip = InspectEvalZip.read(zip(json, dir), name, problems).orElseThrow();
      assertThat(fromJson.runId()).as(name).isPresent();
      assertThat(fromZip.runId()).as(name).isEqualTo(fromJson.runId());
      assertThat(fromZip.started()).as(name).isPresent().isEqualTo(fromJson.started());
    }
  }

  /** Inspect's own test log, written by Inspect in both forms: one run. */
  @Test
  void theRealJsonLogAndItsEvalConversionAreOneRun() throws Exception {
    Path dir = Path.of("/work/shared/data/inspect_logs");
    Assumptions.assumeTrue(
        Files.isRegularFile(dir.resolve("log_formats.eval")), "no real Inspect logs here");
    Problems problems = new Problems();
    var fromJson =
        LocatedJson.parse(
                "log_formats.json", Files.readAllBytes(dir.resolve("log_formats.json")), problems)
            .flatMap(doc -> new InspectLogImporter().read(doc, problems))
            .orElseThrow();
    var fromZip =
        InspectEvalZip.read(dir.resolve("log_formats.eval"), "log_formats.eval", problems)
            .orElseThrow();

    assertThat(problems.list()).isEmpty();
    assertThat(fromJson.runId()).contains("BpiPFmbVcMCRUAXv8ovCTx/popularity/ollama/llama3.1");
    assertThat(fromZip.runId()).isEqualTo(fromJson.runId());
    assertThat(fromZip.started())
        .contains(java.time.Instant.parse("2024-10-15T16:53:13Z"))
        .isEqualTo(fromJson.started());
  }

  @Test
  void aVersion3ZipImportsTheSameResultsAndRunAsItsJsonLog(@TempDir Path dir) throws Exception {
    for (String name :
        new String[] {"success-ci.json", "two-epochs-mixed.json", "success-numeric.json"}) {
      Path json = Path.of("src/test/resources/imports/inspect", name);
      Problems problems = new Problems();
      var fromJson =
          LocatedJson.parse(name, Files.readAllBytes(json), problems)
              .flatMap(doc -> new InspectLogImporter().read(doc, problems))
              .orElseThrow();
      var fromZip =
          InspectEvalZip.read(
                  InspectZips.writeVersion3(json, dir.resolve(name + ".eval")), name, problems)
              .orElseThrow();

      assertThat(problems.list()).as(name).isEmpty();
      assertThat(fromZip.results())
          .as(name)
          .extracting(r -> r.evalId() + " " + r.rows().get(0).measurement())
          .isEqualTo(
              fromJson.results().stream()
                  .map(r -> r.evalId() + " " + r.rows().get(0).measurement())
                  .toList());
      assertThat(fromZip.runId()).isEqualTo(fromJson.runId());
    }
  }

  @Test
  void aLogOfAnotherVersionSaysWhichVersionsAreRead(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("v4.eval");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(
          out,
          "header.json",
          "{\"version\": 4, \"status\": \"success\", \"eval\": {\"task\": \"t\"}}".getBytes());
    }
    Problems problems = new Problems();
    assertThat(InspectEvalZip.read(zip, "v4.eval", problems)).isEmpty();
    assertThat(problems.list())
        .extracting(Object::toString)
        .containsExactly(
            "v4.eval!header.json:1:13: /version:"
                + " expected log format version 2 or 3 (the versions this importer reads), got 4");
  }

  @Test
  void theJsonImporterRecognisesVersions2And3Only() throws Exception {
    InspectLogImporter importer = new InspectLogImporter();
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    for (int version : new int[] {1, 2, 3, 4}) {
      assertThat(
              importer.recognizes(
                  json.readTree("{\"version\": " + version + ", \"eval\": {\"task\": \"t\"}}")))
          .as("version %d", version)
          .isEqualTo(version == 2 || version == 3);
    }
    assertThat(importer.format())
        .isEqualTo("Inspect AI eval log (JSON, log format version 2 or 3)");
  }

  @Test
  void aZipWithoutHeaderIsReported(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("x.eval");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(out, "other.json", "{}".getBytes());
    }
    Problems problems = new Problems();
    assertThat(InspectEvalZip.read(zip, "x.eval", problems)).isEmpty();
    assertThat(problems.list())
        .extracting(Object::toString)
        .containsExactly("x.eval:0:0: not an Inspect AI .eval log: the zip has no header.json");
    Path notZip = dir.resolve("y.eval");
    Files.writeString(notZip, "plain text");
    Problems more = new Problems();
    assertThat(InspectEvalZip.read(notZip, "y.eval", more)).isEmpty();
    assertThat(more.list().get(0).message()).startsWith("not a readable .eval zip");
  }
}
