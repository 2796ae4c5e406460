package dev.evalpress.located;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON file parsed as a stream ({@link LocatedJson#parse(String, Path, String, Problems)}) is the
 * file parsed from its bytes: the same tree (without the skipped array), the same places, the same
 * problems at the same places.
 */
class LocatedJsonStreamTest {

  @Test
  void everyJsonFixtureParsesAlikeFromBytesAndAsAStream() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
      files =
          walk.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    for (Path f : files) {
      assertAlike(f);
    }
  }

  @Test
  void brokenDocumentsAreReportedAlike(@TempDir Path dir) throws IOException {
    List<byte[]> cases = new ArrayList<>();
    for (String s :
        List.of(
            "",
            "  ",
            "{",
            "[1, 2",
            "{\"a\": 1,}",
            "{\"a\": 1}\n{\"b\": 2}",
            "{\"a\": 1} x",
            "{\"samples\": [{\"x\": 1, \"x\": 2}]}",
            "{\"samples\": [1, 2, ]}",
            "{\"samples\": [1e2147483648]}",
            "{\"a\": \"l\u00e9\nb\"}",
            "{\"a\": NaN, \"samples\": [NaN, {\"v\": -Infinity}]}",
            "// c\n{}",
            "{\"samples\": \"not an array\", \"b\": 1}",
            "{\"samples\": []}",
            "[{\"samples\": [1]}]",
            "{\"a\": {\"samples\": [1, 2]}, \"samples\": [[1], {\"samples\": 3}, \"s\", null]}",
            "\uFEFF{\"a\": \"\u00e9\u00e9\u00e9\", \"b\": }",
            "{\"a\": 1e400, \"b\": 12345678901234567890123}",
            "{\"a\": null, \"samples\": [null], \"c\": [null, true, 0.50, -0, \"\"], \"d\": {}}")) {
      cases.add(s.getBytes(StandardCharsets.UTF_8));
    }
    // malformed UTF-8, after a syntax error, after non-ASCII text and a line break, and cut off at
    // the end
    cases.add(concat("{\"a\": x\n \"\u00e9\u00e9 ", new byte[] {(byte) 0xC3, 0x28}, "\"}"));
    cases.add(concat("{\"samples\": [\"\u4e2d\u6587", new byte[] {(byte) 0xFF}, "\"]}"));
    cases.add(concat("{\"a\": \"", new byte[] {(byte) 0xE4, (byte) 0xB8}, ""));
    cases.add(concat("\uFEFF\n\n  ", new byte[] {(byte) 0x80}, ""));
    StringBuilder big = new StringBuilder("{\"x\": \"");
    big.append("\u00e9".repeat(100_000)).append("\",\n \"samples\": [");
    for (int i = 0; i < 3000; i++) {
      big.append(i == 0 ? "" : ",\n")
          .append("{\"id\": ")
          .append(i)
          .append(", \"t\": \"")
          .append("\u4e2d".repeat(i % 50))
          .append("\"}");
    }
    big.append("], \"z\": [1, 2, {\"q\": \"\u00e9\"}]}");
    cases.add(big.toString().getBytes(StandardCharsets.UTF_8));
    cases.add(concat(big.substring(0, big.length() - 9), new byte[] {(byte) 0xC0}, "}"));
    for (int i = 0; i < cases.size(); i++) {
      Path f = dir.resolve("case" + i + ".json");
      Files.write(f, cases.get(i));
      assertAlike(f);
    }
  }

  @Test
  void streamsTheElementsOfTheSkippedArrayWithTheKeptFields(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("log.json");
    String text =
        "{\"a\": {\"samples\": [9]}, \"samples\": [{\"id\": 1, \"big\": [\"x\"], \"v\": 1.50},"
            + " 7, \"s\", {\"v\": NaN}], \"after\": 1}";
    Files.writeString(f, text);
    JsonNode whole =
        LocatedJson.parse("log.json", text.getBytes(StandardCharsets.UTF_8), new Problems())
            .orElseThrow()
            .root()
            .get("samples");
    ((ObjectNode) whole.get(0)).remove("big");
    Problems problems = new Problems();
    LocatedJson doc = LocatedJson.parse("log.json", f, "samples", problems).orElseThrow();
    assertThat(doc.skipped()).contains(new LocatedJson.Skipped(f, "samples", 4));
    assertThat(doc.root().has("samples")).isFalse();
    assertThat(doc.root().get("after").intValue()).isEqualTo(1);
    List<JsonNode> seen = new ArrayList<>();
    LocatedJson.forEachElement(f, "samples", Set.of("id", "v"), seen::add);
    assertThat(seen).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(seen.get(i)).isEqualTo(whole.get(i));
      assertThat(seen.get(i).toString()).isEqualTo(whole.get(i).toString());
    }
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(middle, 0, out, a.length, middle.length);
    System.arraycopy(c, 0, out, a.length + middle.length, c.length);
    return out;
  }

  private static void assertAlike(Path f) throws IOException {
    Problems fromBytes = new Problems();
    Optional<LocatedJson> whole = LocatedJson.parse("f.json", Files.readAllBytes(f), fromBytes);
    Problems streamed = new Problems();
    Optional<LocatedJson> stream = LocatedJson.parse("f.json", f, "samples", streamed);
    assertThat(streamed.list()).as(f.toString()).isEqualTo(fromBytes.list());
    assertThat(stream.isPresent()).as(f.toString()).isEqualTo(whole.isPresent());
    if (whole.isEmpty()) {
      return;
    }
    JsonNode expected = whole.get().root().deepCopy();
    JsonNode samples = expected.isObject() ? expected.get("samples") : null;
    if (samples != null && samples.isArray()) {
      ((ObjectNode) expected).remove("samples");
      assertThat(stream.get().skipped())
          .as(f.toString())
          .contains(new LocatedJson.Skipped(f, "samples", samples.size()));
    } else {
      assertThat(stream.get().skipped()).as(f.toString()).isEmpty();
    }
    assertThat(stream.get().root()).as(f.toString()).isEqualTo(expected);
    assertThat(stream.get().root().toString()).as(f.toString()).isEqualTo(expected.toString());
    List<String> pointers = new ArrayList<>();
    pointers(whole.get().root(), "", pointers);
    for (String p : pointers) {
      assertThat(stream.get().place(p)).as(f + " " + p).isEqualTo(whole.get().place(p));
    }
  }

  private static void pointers(JsonNode node, String at, List<String> out) {
    out.add(at);
    if (at.equals("/samples")) {
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        pointers(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers(node.get(i), at + "/" + i, out);
      }
    }
  }
}
