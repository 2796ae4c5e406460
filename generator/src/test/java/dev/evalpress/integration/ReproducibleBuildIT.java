package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same inputs, each in a process of its own, give byte-identical trees whatever
 * the thread count, the order in which the file system lists the inputs, the time zone (TZ) and the
 * locale (LANG, LC_ALL and the JVM's default locale). The second build runs under Turkish rules,
 * where naive case mapping breaks ("I".toLowerCase() is "ı"), and in a time zone 14 hours ahead of
 * UTC. Where the tr_TR locale is not installed, as in many containers, the JVM also falls back to
 * ASCII as its default charset, which is a test of its own.
 */
class ReproducibleBuildIT {

  private static final Map<String, String> PLAIN = Map.of("TZ", "UTC", "LANG", "C.UTF-8");
  private static final Map<String, String> TURKISH_KIRITIMATI =
      Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8", "LC_ALL", "tr_TR.UTF-8");
  private static final List<String> TURKISH_JVM =
      List.of("-Duser.language=tr", "-Duser.country=TR");

  /** tmpfs lists a folder in reverse order of creation; ext4 in hash order. */
  private static final Path TMPFS = Path.of("/dev/shm");

  @Test
  void theExampleSiteIsByteIdenticalWhateverTheThreadsFileOrderTimeZoneAndLocale(@TempDir Path dir)
      throws Exception {
    Path a = copy(BuiltSite.example(), dir.resolve("a"), false);
    Path other =
        Files.isDirectory(TMPFS) && Files.isWritable(TMPFS)
            ? Files.createTempDirectory(TMPFS, "evalpress-it-")
            : dir;
    try {
      Path b = copy(BuiltSite.example(), other.resolve("b"), true);
      if (other != dir) {
        assertThat(listed(b.resolve("results")))
            .as("the file-system order of the second copy's results/")
            .isNotEqualTo(listed(a.resolve("results")));
      }
      assertBuilds(Jar.run(a, List.of(), PLAIN, "build", "--threads", "1"));
      assertBuilds(Jar.run(b, TURKISH_JVM, TURKISH_KIRITIMATI, "build", "--threads", "4"));
      Trees.assertSame(a.resolve("site"), b.resolve("site"));
    } finally {
      if (other != dir) {
        delete(other);
      }
    }
  }

  /**
   * With SOURCE_DATE_EPOCH, the date in the footer and every modification time come from it alone.
   * 23:00 UTC is already the next day in Kiritimati, so a date taken in the local time zone would
   * differ.
   */
  @Test
  void withSourceDateEpochTheDateAndTheModificationTimesAreTheSame(@TempDir Path dir)
      throws Exception {
    String epoch = "1764111600"; // 2025-11-25T23:00:00Z
    Path a = copy(BuiltSite.fixture("small"), dir.resolve("a"), false);
    Path b = copy(BuiltSite.fixture("small"), dir.resolve("b"), true);
    assertBuilds(Jar.run(a, List.of(), with(PLAIN, epoch), "build", "--threads", "1"));
    assertBuilds(
        Jar.run(b, TURKISH_JVM, with(TURKISH_KIRITIMATI, epoch), "build", "--threads", "3"));
    Trees.assertSame(a.resolve("site"), b.resolve("site"));
    assertThat(Files.readString(b.resolve("site/index.html")))
        .contains("<p class=\"built\">Built <time datetime=\"2025-11-25\">2025-11-25</time></p>");
    for (Path site : List.of(a.resolve("site"), b.resolve("site"))) {
      try (Stream<Path> walk = Files.walk(site)) {
        assertThat(walk.toList())
            .allSatisfy(
                p ->
                    assertThat(Files.getLastModifiedTime(p))
                        .as(p.toString())
                        .isEqualTo(FileTime.from(Instant.ofEpochSecond(Long.parseLong(epoch)))));
      }
    }
  }

  private static void assertBuilds(Jar.Result r) {
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
  }

  private static Map<String, String> with(Map<String, String> env, String epoch) {
    Map<String, String> out = new java.util.HashMap<>(env);
    out.put("SOURCE_DATE_EPOCH", epoch);
    return out;
  }

  /** Copies a site's inputs, creating files and folders in name order, or in reverse name order. */
  private static Path copy(Path root, Path to, boolean reversed) throws IOException {
    List<Path> inputs = new ArrayList<>();
    for (String top : List.of("evalpress.yaml", "content", "results")) {
      if (Files.exists(root.resolve(top))) {
        try (Stream<Path> walk = Files.walk(root.resolve(top))) {
          inputs.addAll(walk.map(root::relativize).sorted().toList());
        }
      }
    }
    if (reversed) {
      Collections.reverse(inputs);
    }
    for (Path rel : inputs) {
      Path source = root.resolve(rel);
      Path target = to.resolve(rel.toString());
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
      } else {
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
      }
    }
    return to;
  }

  /** The names in {@code dir} in the order the file system lists them. */
  private static List<String> listed(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
