package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalpress.load.imports.ImportedResults;
import dev.evalpress.load.internal.BoundedZipEntry;
import dev.evalpress.located.LimitedJson;
import dev.evalpress.located.LocatedJson;
import dev.evalpress.model.Source;
import dev.evalpress.problem.IoFailure;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Inspect AI's {@code .eval} log: a zip of {@code header.json} (the log without its samples),
 * {@code reductions.json}, {@code summaries.json} (each sample's id, epoch and scores) and the full
 * samples. Log format version 3 differs only in how samples are stored (chunked, read by {@link
 * InspectSampleLog}); a header of another version is reported at its {@code version}. It is read as
 * the JSON log it stands for — the header with the reductions and the sample summaries as its
 * samples — by {@link InspectLogImporter}, so both forms import the same numbers. Problems are
 * placed in {@code FILE!header.json}, the entry that holds the values.
 */
public final class InspectEvalZip {

  private static final ObjectMapper MAPPER = new ObjectMapper(LimitedJson.factory());
  private static final InspectLogImporter IMPORTER = new InspectLogImporter();

  private InspectEvalZip() {}

  /** True for the file names of zip logs. */
  public static boolean isEvalZip(Path file) {
    return file.getFileName().toString().endsWith(".eval");
  }

  public static Optional<ImportedResults> read(Path file, String shown, Problems problems) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry header = zip.getEntry("header.json");
      if (header == null) {
        problems.add(Source.file(shown), "not an Inspect AI .eval log: the zip has no header.json");
        return Optional.empty();
      }
      Optional<LocatedJson> headerDoc =
          LocatedJson.parse(shown + "!header.json", read(zip, header), problems);
      if (headerDoc.isEmpty()) {
        return Optional.empty();
      }
      if (!(headerDoc.get().root() instanceof ObjectNode log)) {
        problems.add(new Source(shown + "!header.json", 1, 1), "expected a JSON object");
        return Optional.empty();
      }
      JsonNode version = log.get("version");
      JsonNode eval = log.get("eval");
      if (version != null
          && !InspectLogImporter.readsVersion(version)
          && eval != null
          && eval.isObject()
          && eval.has("task")) {
        problems.add(
            headerDoc.get().place("/version"),
            "/version: expected log format version 2 or 3 (the versions"
                + " this importer reads), got "
                + version);
        return Optional.empty();
      }
      ZipEntry reductions = zip.getEntry("reductions.json");
      if (reductions != null && !log.has("reductions")) {
        JsonNode read = entry(zip, reductions, shown, problems);
        if (read == null) {
          return Optional.empty();
        }
        log.set("reductions", read);
      }
      ZipEntry summaries = zip.getEntry("summaries.json");
      if (summaries != null && !log.has("samples")) {
        JsonNode samples = entry(zip, summaries, shown, problems);
        if (samples == null) {
          return Optional.empty();
        }
        if (samples instanceof ArrayNode) {
          log.set("samples", samples);
        }
      }
      if (!IMPORTER.recognizes(log)) {
        problems.add(
            new Source(shown + "!header.json", 1, 1),
            "not an Inspect AI log: expected \"version\": 2 or 3 and an"
                + " \"eval\" object with a \"task\"");
        return Optional.empty();
      }
      byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(log);
      return LocatedJson.parse(shown + "!header.json", bytes, problems)
          .flatMap(
              doc ->
                  IMPORTER.read(
                      doc,
                      problems,
                      hasSamples(zip)
                          ? new InspectLogImporter.SampleFile(file, shown, true)
                          : null));
    } catch (BoundedZipEntry.TooLarge e) {
      problems.add(Source.file(shown + "!" + e.entry()), e.getMessage());
    } catch (ZipException e) {
      problems.add(Source.file(shown), "not a readable .eval zip: " + IoFailure.describe(e));
    } catch (IOException e) {
      problems.add(Source.file(shown), "cannot read the .eval log: " + IoFailure.describe(e));
    }
    return Optional.empty();
  }

  /**
   * Whether the zip holds full samples: a log written without them has results but no transcripts.
   */
  private static boolean hasSamples(ZipFile zip) {
    return zip.stream()
        .anyMatch(
            e ->
                !e.isDirectory()
                    && e.getName().startsWith("samples/")
                    && e.getName().endsWith(".json"));
  }

  /**
   * An entry parsed as JSON, or null once a problem is reported at its line and column in {@code
   * FILE!ENTRY} (a raw Jackson message would name neither).
   */
  private static JsonNode entry(ZipFile zip, ZipEntry entry, String shown, Problems problems)
      throws IOException {
    return LocatedJson.parse(shown + "!" + entry.getName(), read(zip, entry), problems)
        .map(LocatedJson::root)
        .orElse(null);
  }

  private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
    return BoundedZipEntry.readAll(zip, entry);
  }
}
