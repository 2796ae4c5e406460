package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Byte-for-byte comparison of two folder trees that names the first difference precisely. */
final class Trees {

  private Trees() {}

  /**
   * Every regular file under {@code root} by its path relative to it ('/'-separated), with its
   * bytes.
   */
  static SortedMap<String, byte[]> read(Path root) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Fails unless both trees hold the same paths with the same bytes. */
  static void assertSame(Path expected, Path actual) {
    assertSame(read(expected), actual);
  }

  static void assertSame(SortedMap<String, byte[]> expected, Path actual) {
    SortedMap<String, byte[]> got = read(actual);
    List<String> missing = new ArrayList<>(expected.keySet());
    missing.removeAll(got.keySet());
    List<String> extra = new ArrayList<>(got.keySet());
    extra.removeAll(expected.keySet());
    if (!missing.isEmpty() || !extra.isEmpty()) {
      fail(
          "%s has other files than expected: missing %s, extra %s",
          actual, first(missing), first(extra));
    }
    for (var e : expected.entrySet()) {
      byte[] a = e.getValue();
      byte[] b = got.get(e.getKey());
      int at = mismatch(a, b);
      if (at >= 0) {
        fail(
            "%s differs: %s at byte %d (line %d): expected%n  «%s»%nbut was%n  «%s»",
            actual, e.getKey(), at, line(a, at), excerpt(a, at), excerpt(b, at));
      }
    }
  }

  private static List<String> first(List<String> paths) {
    return paths.subList(0, Math.min(5, paths.size()));
  }

  private static int mismatch(byte[] a, byte[] b) {
    return java.util.Arrays.mismatch(a, b);
  }

  private static int line(byte[] bytes, int at) {
    int line = 1;
    for (int i = 0; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String excerpt(byte[] bytes, int at) {
    int from = Math.max(0, at - 60);
    int to = Math.min(bytes.length, at + 60);
    return new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8)
        .replace("\n", "\\n");
  }
}
