package dev.evalpress.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures what a preview author waits for: the full first build, then a report's prose edited and
 * a result file edited, each followed by an {@link IncrementalBuild#update} (medians of several
 * edits, after warm-up ones), and the sizes of the pages written. Works on a copy of the inputs,
 * never on them.
 */
public final class PreviewBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WARM_UP = 3;

  private PreviewBenchmark() {}

  /** A page's path and size. */
  public record PageSize(String path, long bytes) {}

  /** The timings (milliseconds) and the page sizes of the site built. */
  public record Timings(
      int pages,
      double fullMillis,
      double proseMillis,
      Optional<Double> resultsMillis,
      int htmlPages,
      long htmlBytes,
      List<PageSize> largest) {

    public Timings {
      largest = List.copyOf(largest);
    }
  }

  /**
   * Copies {@code content/}, {@code results/} and {@code evalpress.yaml} of {@code source} into
   * {@code scratch}, builds them there and edits them {@code edits} times each way.
   */
  public static Timings measure(Path source, Path scratch, BuildOptions options, int edits)
      throws IOException {
    Path root = scratch.resolve("root");
    copy(source.resolve("content"), root.resolve("content"));
    copy(source.resolve("results"), root.resolve("results"));
    if (Files.exists(source.resolve("evalpress.yaml"))) {
      Files.copy(source.resolve("evalpress.yaml"), root.resolve("evalpress.yaml"));
    }
    Path out = scratch.resolve("site");
    IncrementalBuild build = new IncrementalBuild(root, options, out);
    long start = System.nanoTime();
    IncrementalBuild.Update first = build.update();
    double full = millisSince(start);

    Path report = files(root.resolve("content"), ".md").get(0);
    double prose =
        median(
            edits,
            i -> {
              Files.writeString(
                  report, Files.readString(report) + "\nEdit " + i + " of the prose.\n");
              long t = System.nanoTime();
              build.update();
              return millisSince(t);
            });
    Optional<Path> result =
        files(root.resolve("results"), ".json").stream()
            .filter(PreviewBenchmark::hasCounts)
            .findFirst();
    Optional<Double> results = Optional.empty();
    if (result.isPresent()) {
      results =
          Optional.of(
              median(
                  edits,
                  i -> {
                    bumpFirstCount(result.get());
                    long t = System.nanoTime();
                    build.update();
                    return millisSince(t);
                  }));
    }
    List<PageSize> sizes = new ArrayList<>();
    for (Path page : files(out, ".html")) {
      sizes.add(new PageSize(out.relativize(page).toString().replace('\\', '/'), Files.size(page)));
    }
    sizes.sort(Comparator.comparingLong(PageSize::bytes).reversed().thenComparing(PageSize::path));
    long total = sizes.stream().mapToLong(PageSize::bytes).sum();
    return new Timings(
        first.pages(),
        full,
        prose,
        results,
        sizes.size(),
        total,
        sizes.subList(0, Math.min(5, sizes.size())));
  }

  private interface Edit {
    double run(int i) throws IOException;
  }

  /** The median of {@code edits} timed runs, after {@value #WARM_UP} untimed ones. */
  private static double median(int edits, Edit edit) throws IOException {
    for (int i = 0; i < WARM_UP; i++) {
      edit.run(-1 - i);
    }
    double[] times = new double[edits];
    for (int i = 0; i < edits; i++) {
      times[i] = edit.run(i);
    }
    Arrays.sort(times);
    return edits % 2 == 1 ? times[edits / 2] : (times[edits / 2 - 1] + times[edits / 2]) / 2;
  }

  private static boolean hasCounts(Path file) {
    try {
      JsonNode doc = JSON.readTree(file.toFile());
      return doc.path("kind").asText().equals("eval-result")
          && doc.path("results").path(0).has("k");
    } catch (IOException e) {
      return false;
    }
  }

  /** Moves the first result's k by one (within 0..n), as a rerun of the eval would. */
  private static void bumpFirstCount(Path file) throws IOException {
    JsonNode doc = JSON.readTree(file.toFile());
    ObjectNode row = (ObjectNode) doc.get("results").get(0);
    long n = row.get("n").asLong();
    row.put("k", (row.get("k").asLong() + 1) % (n + 1));
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), doc);
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      Files.createDirectories(to);
      return;
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
