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
 * Writes a JSON Inspect log as Inspect's {@code .eval} zip: {@code header.json} (the log without
 * samples and reductions), {@code summaries.json}, {@code reductions.json} and one {@code
 * samples/ID_epoch_E.json} per sample, in reverse order so that readers cannot rely on the zip's
 * order.
 */
public final class InspectZips {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private InspectZips() {}

  public static Path write(Path json, Path zip) throws IOException {
    return write(json, zip, UnaryOperator.identity());
  }

  /**
   * As {@link #write(Path, Path)}, with each full sample entry changed by {@code sampleEntry}
   * first.
   */
  public static Path write(Path json, Path zip, UnaryOperator<ObjectNode> sampleEntry)
      throws IOException {
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
          put(
              out,
              "samples/" + s.get("id").asText() + "_epoch_" + s.path("epoch").asInt(1) + ".json",
              MAPPER.writeValueAsBytes(sampleEntry.apply(((ObjectNode) s).deepCopy())));
        }
      }
      if (reductions != null) {
        put(out, "reductions.json", MAPPER.writeValueAsBytes(reductions));
      }
    }
    return zip;
  }

  /**
   * Writes a JSON log as a log format version 3 {@code .eval} zip, the shape Inspect's
   * chunked-sample converter writes: {@code header.json} (with {@code "version": 3}), {@code
   * summaries.json} and {@code reductions.json} as in version 2, and each sample as {@code
   * samples/ID_epoch_E/sample.json}, a shell without {@code messages}, {@code events}, {@code
   * attachments} and {@code metadata}, with {@code message_refs} (half-open ranges into the
   * messages sequence) and {@code sequences}; beside it {@code metadata.json} (when not empty),
   * {@code skeleton.json}, {@code messages/0.json}, {@code events/0.json}, {@code
   * events/stats.json} and {@code attachments/0.json}, whose strings are referred to as {@code
   * attachment://INDEX}. The messages sequence starts with {@code pooled} unrelated messages, so
   * that refs are read as ranges, not as the whole sequence.
   */
  public static Path writeVersion3(Path json, Path zip) throws IOException {
    ObjectNode log = (ObjectNode) MAPPER.readTree(json.toFile());
    log.put("version", 3);
    JsonNode samples = log.remove("samples");
    JsonNode reductions = log.remove("reductions");
    Files.createDirectories(zip.toAbsolutePath().getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(out, "header.json", MAPPER.writeValueAsBytes(log));
      if (samples instanceof ArrayNode array) {
        put(out, "summaries.json", MAPPER.writeValueAsBytes(array));
        for (JsonNode s : array) {
          writeChunked(out, (ObjectNode) s.deepCopy());
        }
      }
      if (reductions != null) {
        put(out, "reductions.json", MAPPER.writeValueAsBytes(reductions));
      }
    }
    return zip;
  }

  private static void writeChunked(ZipOutputStream out, ObjectNode sample) throws IOException {
    String prefix =
        "samples/" + sample.get("id").asText() + "_epoch_" + sample.path("epoch").asInt(1) + "/";
    JsonNode attachments = sample.remove("attachments");
    List<String> hashes = new ArrayList<>();
    ArrayNode contents = MAPPER.createArrayNode();
    if (attachments != null) {
      attachments
          .fields()
          .forEachRemaining(
              e -> {
                hashes.add(e.getKey());
                contents.add(e.getValue());
              });
    }
    ArrayNode messages = MAPPER.createArrayNode();
    messages.addObject().put("role", "user").put("content", "a pooled message of another turn");
    int pooled = messages.size();
    JsonNode finalMessages = sample.remove("messages");
    if (finalMessages != null) {
      finalMessages.forEach(messages::add);
    }
    sample.remove("events");
    JsonNode metadata = sample.remove("metadata");
    ArrayNode refs = sample.putArray("message_refs");
    if (messages.size() > pooled) {
      refs.addArray().add(pooled).add(messages.size());
    }
    ObjectNode sequences = sample.putObject("sequences");
    sequences.putArray("messages").add(messages.size());
    sequences.putArray("events");
    sequences.putArray("calls");
    sequences.putArray("attachments").add(contents.size());
    put(out, prefix + "sample.json", renumber(MAPPER.writeValueAsString(sample), hashes));
    if (metadata != null && metadata.isObject() && !metadata.isEmpty()) {
      put(out, prefix + "metadata.json", renumber(MAPPER.writeValueAsString(metadata), hashes));
    }
    put(out, prefix + "skeleton.json", "{}".getBytes());
    put(out, prefix + "messages/0.json", renumber(MAPPER.writeValueAsString(messages), hashes));
    put(out, prefix + "events/0.json", "[]".getBytes());
    put(out, prefix + "events/stats.json", "{}".getBytes());
    if (!contents.isEmpty()) {
      put(out, prefix + "attachments/0.json", MAPPER.writeValueAsBytes(contents));
    }
  }

  /** {@code attachment://HASH} → {@code attachment://INDEX}, as version 3 writes refs. */
  private static byte[] renumber(String json, List<String> hashes) {
    for (int i = 0; i < hashes.size(); i++) {
      json = json.replace("attachment://" + hashes.get(i) + "\"", "attachment://" + i + "\"");
    }
    return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }
}
