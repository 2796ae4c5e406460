package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.bench.SyntheticSampleLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL while it writes the new tree leaves the previous site byte for byte
 * as it was, and the next build succeeds without leftovers in or beside the output folder. The kill
 * is aimed at the writing itself: the test waits for the staging folder beside the output to hold
 * its first page, and afterwards checks that the staging folder is still there without its assets
 * (written after every page), so a build that finished writing before the kill fails the test
 * instead of passing it vacuously.
 */
class AtomicBuildIT {

  private static final String MODELS =
      "{\"kind\": \"models\", \"version\": 1, \"models\": ["
          + "{\"id\": \"m-0\", \"name\": \"M0\", \"family\": \"m\", \"released\": \"2025-01-01\"},"
          + "{\"id\": \"m-1\", \"name\": \"M1\", \"family\": \"m\", \"released\": \"2025-01-02\"},"
          + "{\"id\": \"m-2\", \"name\": \"M2\", \"family\": \"m\", \"released\": \"2025-01-03\"},"
          + "{\"id\": \"m-3\", \"name\": \"M3\", \"family\": \"m\", \"released\": \"2025-01-04\"}]}";

  @Test
  void aBuildKilledWhileWritingLeavesThePreviousSiteAndTheNextBuildCleansUp(@TempDir Path dir)
      throws Exception {
    Path root = Files.createDirectories(dir.resolve("root/results"));
    Files.writeString(root.resolve("models.json"), MODELS);
    // Up to 250 transcripts per model: about a thousand pages, so writing the tree takes a while.
    Files.writeString(
        dir.resolve("root/evalpress.yaml"), "samples:\n  - eval: bench/synthetic\n    cap: 250\n");
    Path log = root.resolve("synthetic.jsonl");
    SyntheticSampleLog.write(log, 64 << 10);
    Path site = dir.resolve("site");
    build(dir, "build", "--root", "root", "--out", "site");
    SortedMap<String, byte[]> previous = Trees.read(site);

    SyntheticSampleLog.write(log, 6L << 20);
    Process big =
        Jar.start(
            dir,
            List.of(),
            Map.of(),
            List.of("build", "--root", "root", "--out", "site", "--threads", "2"),
            dir.resolve("big.out"),
            dir.resolve("big.err"));
    Path staging = null;
    try {
      staging = awaitFirstPage(dir, big);
      big.destroyForcibly();
      assertThat(big.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      big.destroyForcibly();
    }
    assertThat(staging)
        .as(
            "the build ended (%s) before it began to write; nothing to kill",
            Files.readString(dir.resolve("big.err")))
        .isNotNull();
    assertThat(staging).as("killed while writing: the staging folder is left").isDirectory();
    assertThat(staging.resolve(".evalpress-site"))
        .as("marked as evalpress's from the start")
        .isRegularFile();
    assertThat(staging.resolve("assets")).as("killed before the tree was complete").doesNotExist();
    Trees.assertSame(previous, site);

    SyntheticSampleLog.write(log, 64 << 10);
    build(dir, "build", "--root", "root", "--out", "site");
    Trees.assertSame(previous, site);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("root", "site", "big.out", "big.err");
    }
  }

  private static void build(Path dir, String... args) throws Exception {
    Jar.Result r = Jar.run(dir, List.of(), Map.of(), args);
    assertThat(r.code()).as(r.err()).isZero();
  }

  /**
   * Waits until the build's staging folder beside {@code site} holds the home page, the first page
   * written; returns that folder, or null if the build ended first.
   */
  private static Path awaitFirstPage(Path dir, Process build)
      throws IOException, InterruptedException {
    while (build.isAlive()) {
      Optional<Path> staging = staging(dir);
      if (staging.isPresent() && Files.exists(staging.get().resolve("index.html"))) {
        return staging.get();
      }
      Thread.sleep(1);
    }
    return null;
  }

  private static Optional<Path> staging(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".site.evalpress-building-"))
          .findFirst();
    }
  }
}
