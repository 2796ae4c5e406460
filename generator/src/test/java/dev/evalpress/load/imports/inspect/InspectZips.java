package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a JSON Inspect log as Inspect's {@code .eval} zip: {@code header.json} (the log without samples and
 * reductions), {@code summaries.json}, {@code reductions.json} and one {@code samples/ID_epoch_E.json} per sample,
 * in reverse order so that readers cannot rely on the zip's order.
 */
public final class InspectZips {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private InspectZips() {}

  public static Path write(Path json, Path zip) throws IOException {
    return write(json, zip, UnaryOperator.identity());
  }

  /** As {@link #write(Path, Path)}, with each full sample entry changed by {@code sampleEntry} first. */
  public static Path write(Path json, Path zip, UnaryOperator<ObjectNode> sampleEntry) throws IOException {
    ObjectNode log = (ObjectNode) MAPPER.readTree(json.toFile());
    JsonNode samples = log.remove("samples");
    JsonNode reductions = log.remove("reductions");
    Files.createDirectories(zip.toAbsolutePath().getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(out, "header.json", MAPPER.writeValueAsBytes(log));
      if (samples instanceof ArrayNode array) {
        put(out, "summaries.json", MAPPER.writeValueAsBytes(array));
        List<JsonNode> reversed = new ArrayList<>();
        array.forEach(s -> reversed.add(0, s));
        for (JsonNode s : reversed) {
          put(out, "samples/" + s.get("id").asText() + "_epoch_" + s.path("epoch").asInt(1) + ".json",
              MAPPER.writeValueAsBytes(sampleEntry.apply(((ObjectNode) s).deepCopy())));
        }
      }
      if (reductions != null) {
        put(out, "reductions.json", MAPPER.writeValueAsBytes(reductions));
      }
    }
    return zip;
  }

  private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }
}
