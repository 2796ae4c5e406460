package dev.evalpress.load.imports.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalpress.load.imports.SampleProblem;
import dev.evalpress.load.internal.BoundedZipEntry;
import dev.evalpress.located.JsonObject;
import dev.evalpress.located.LimitedJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One chunked sample of a log format version 3 {@code .eval} zip, put back into the shape of a
 * version 2 sample for {@link InspectSampleMapper}. Inspect writes it under {@code
 * samples/ID_epoch_E/}: {@code sample.json}, the sample without {@code messages}, {@code events},
 * {@code attachments} and {@code metadata}, with {@code message_refs} (half-open {@code [start,
 * end)} ranges into the messages sequence); {@code metadata.json} when the metadata is not empty;
 * and sequences chunked into entries named by their first index ({@code messages/0.json}, {@code
 * attachments/0.json}, …), each a JSON array, read in index order. Strings are referred to as
 * {@code attachment://INDEX} into the attachments sequence, so the attachments become an object
 * keyed by index, which {@link InspectMessages} resolves as it resolves hashes. Events and calls
 * are not read.
 */
final class InspectChunkedSample {

  static final String SHELL = "sample.json";

  private InspectChunkedSample() {}

  /** True for the shell entry of a chunked sample: {@code samples/PREFIX/sample.json}. */
  static boolean isShell(String entryName) {
    return entryName.startsWith("samples/")
        && entryName.endsWith("/" + SHELL)
        && entryName.indexOf('/', "samples/".length()) == entryName.length() - SHELL.length() - 1;
  }

  /** The sample whose shell is {@code shell}, with its messages, metadata and attachments. */
  static JsonNode read(ZipFile zip, ZipEntry shell, List<String> names, ObjectMapper mapper)
      throws IOException, SampleProblem {
    String prefix = shell.getName().substring(0, shell.getName().length() - SHELL.length());
    JsonNode node = tree(zip, shell.getName(), mapper);
    if (!(node instanceof ObjectNode sample)) {
      throw new SampleProblem("", "expected a sample object, got " + JsonObject.describe(node));
    }
    ObjectNode attachments = mapper.createObjectNode();
    List<JsonNode> strings = sequence(zip, prefix + "attachments/", names, mapper);
    for (int i = 0; i < strings.size(); i++) {
      attachments.set(Integer.toString(i), strings.get(i));
    }
    List<JsonNode> pool = sequence(zip, prefix + "messages/", names, mapper);
    JsonNode refs = sample.remove("message_refs");
    ArrayNode messages = mapper.createArrayNode();
    if (refs != null && !refs.isNull()) {
      if (!refs.isArray()) {
        throw new SampleProblem(
            "/message_refs",
            "expected a list of [start, end] ranges, got " + JsonObject.describe(refs));
      }
      for (int i = 0; i < refs.size(); i++) {
        JsonNode r = refs.get(i);
        boolean range =
            r.isArray()
                && r.size() == 2
                && r.get(0).canConvertToInt()
                && r.get(1).canConvertToInt()
                && r.get(0).isIntegralNumber()
                && r.get(1).isIntegralNumber()
                && 0 <= r.get(0).intValue()
                && r.get(0).intValue() <= r.get(1).intValue()
                && r.get(1).intValue() <= pool.size();
        if (!range) {
          throw new SampleProblem(
              "/message_refs/" + i,
              "expected a range [start, end] with 0 <= start <= end <= "
                  + pool.size()
                  + " (the messages of "
                  + prefix
                  + "messages/), got "
                  + JsonObject.describe(r));
        }
        for (int m = r.get(0).intValue(); m < r.get(1).intValue(); m++) {
          messages.add(pool.get(m));
        }
      }
    }
    sample.set("messages", messages);
    if (names.contains(prefix + "metadata.json")) {
      sample.set("metadata", tree(zip, prefix + "metadata.json", mapper));
    }
    sample.set("attachments", attachments);
    return sample;
  }

  /**
   * The items of a chunked sequence: its entries {@code PREFIX<start>.json}, by start,
   * concatenated.
   */
  private static List<JsonNode> sequence(
      ZipFile zip, String prefix, List<String> names, ObjectMapper mapper)
      throws IOException, SampleProblem {
    List<String> chunks =
        names.stream()
            .filter(n -> n.startsWith(prefix) && n.endsWith(".json"))
            .filter(
                n ->
                    n.substring(prefix.length(), n.length() - ".json".length())
                        .matches("[0-9]{1,9}"))
            .sorted(
                Comparator.comparingInt(
                    n -> Integer.parseInt(n.substring(prefix.length(), n.length() - 5))))
            .toList();
    List<JsonNode> items = new ArrayList<>();
    for (String chunk : chunks) {
      JsonNode array = tree(zip, chunk, mapper);
      if (!array.isArray()) {
        throw new SampleProblem(
            "", "expected " + chunk + " to be a JSON array, got " + JsonObject.describe(array));
      }
      array.forEach(items::add);
    }
    return items;
  }

  private static JsonNode tree(ZipFile zip, String name, ObjectMapper mapper)
      throws IOException, SampleProblem {
    try (InputStream in = BoundedZipEntry.open(zip, zip.getEntry(name))) {
      return mapper.readTree(in);
    } catch (JsonProcessingException e) {
      throw new SampleProblem("", "invalid JSON in " + name + ": " + LimitedJson.explain(e));
    }
  }
}
