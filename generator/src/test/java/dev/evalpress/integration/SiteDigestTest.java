package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the generated sites of the example and of every fixture site byte for byte: a change to
 * the code that is meant to keep the output (a refactoring) must keep these digests. The hostile
 * site ({@link HostileSite}) is written afresh each time. Each site's digests are kept in {@code
 * src/test/resources/digests/NAME.sha256}, in {@code sha256sum}'s format. When a change is meant to
 * alter the output, run the tests once with {@code -Devalpress.updateDigests=true} and review the
 * diff of those files.
 */
class SiteDigestTest {

  private static final Path DIGESTS = Path.of("src/test/resources/digests");

  static List<String> sites() {
    List<String> names = new ArrayList<>(List.of("example", "hostile"));
    for (String folder : List.of("sites", "good-input")) {
      try (Stream<Path> list = Files.list(Path.of("src/test/resources", folder))) {
        list.filter(Files::isDirectory)
            .map(p -> folder + "-" + p.getFileName())
            .sorted()
            .forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  @ParameterizedTest
  @MethodSource("sites")
  void siteIsByteIdenticalToItsRecordedDigests(String name, @TempDir Path dir) throws IOException {
    Path root =
        name.equals("hostile") ? HostileSite.writeSite(dir.resolve("root")).root() : root(name);
    BuiltSite site = BuiltSite.build(root, dir.resolve("site"));
    SortedMap<String, String> digests = new TreeMap<>();
    Trees.read(site.out).forEach((path, bytes) -> digests.put(path, sha256(bytes)));
    Path file = DIGESTS.resolve(name + ".sha256");
    if (Boolean.getBoolean("evalpress.updateDigests")) {
      StringBuilder text = new StringBuilder();
      digests.forEach((path, digest) -> text.append(digest).append("  ").append(path).append('\n'));
      Files.createDirectories(DIGESTS);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
    assertThat(file)
        .as("recorded digests; run once with -Devalpress.updateDigests=true to record them")
        .exists();
    SortedMap<String, String> recorded = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      recorded.put(line.substring(66), line.substring(0, 64));
    }
    assertThat(digests.keySet())
        .as("files of %s", name)
        .containsExactlyElementsOf(recorded.keySet());
    for (Map.Entry<String, String> e : recorded.entrySet()) {
      assertThat(digests.get(e.getKey()))
          .as("digest of %s in %s", e.getKey(), name)
          .isEqualTo(e.getValue());
    }
  }

  private static Path root(String name) {
    if (name.equals("example")) {
      return BuiltSite.example();
    }
    int dash = name.indexOf('-', name.startsWith("good-input") ? "good-input".length() : 0);
    return Path.of("src/test/resources", name.substring(0, dash), name.substring(dash + 1));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
