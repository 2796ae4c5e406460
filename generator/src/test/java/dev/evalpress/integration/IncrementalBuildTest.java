package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.IncrementalBuild;
import dev.evalpress.problem.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's incremental build gives, after every edit, the very bytes a clean build of the same
 * inputs gives, while rendering only what an edit of a report touches. Edits are drawn at random
 * from what authors do (prose, titles, new and deleted reports, results, settings, a broken edit
 * and its fix), with a fixed seed per run.
 */
class IncrementalBuildTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aProseEditRendersOnlyItsReportAndATitleEditTheHomePageToo(@TempDir Path dir)
      throws Exception {
    Path root = example(dir);
    IncrementalBuild build =
        new IncrementalBuild(root, BuildOptions.defaults().withThreads(2), dir.resolve("out"));
    IncrementalBuild.Update first = build.update();
    assertThat(first.full()).isTrue();
    assertThat(first.rendered()).hasSize(first.pages());

    Path report = root.resolve("content/weak-to-strong.md");
    Files.writeString(report, Files.readString(report) + "\nOne more sentence.\n");
    IncrementalBuild.Update prose = build.update();
    assertThat(prose.full()).isFalse();
    assertThat(prose.rendered())
        .containsExactly(
            "index.html", "reports/weak-to-strong/index.html", "assets/search-index.js");
    // the search index holds a report's distinct words: it changes only if the edit brings new ones
    assertThat(prose.written())
        .contains("reports/weak-to-strong/index.html")
        .isSubsetOf("reports/weak-to-strong/index.html", "assets/search-index.js");

    Files.writeString(
        report, Files.readString(report).replace("title: How much", "title: How far"));
    IncrementalBuild.Update title = build.update();
    assertThat(title.written())
        .containsExactlyInAnyOrder(
            "index.html", "reports/weak-to-strong/index.html", "assets/search-index.js");
    Trees.assertSame(BuiltSite.build(root, dir.resolve("clean")).out, dir.resolve("out"));
  }

  @Test
  void everyUpdateIsByteIdenticalToACleanBuild(@TempDir Path dir) throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Path root = example(dir);
    Path out = dir.resolve("out");
    IncrementalBuild build =
        new IncrementalBuild(root, BuildOptions.defaults().withThreads(2), out);
    build.update();
    List<String> done = new ArrayList<>();
    for (int step = 0; step < 10; step++) {
      String edit = edit(root, random, step);
      done.add(edit);
      SortedMap<String, byte[]> before = Trees.read(out);
      if (edit.startsWith("break")) {
        assertThatThrownBy(build::update)
            .as("seed %d, edits %s", seed, done)
            .isInstanceOf(InputException.class);
        Trees.assertSame(before, out);
        continue;
      }
      build.update();
      Path clean = dir.resolve("clean-" + step);
      BuiltSite.build(root, clean);
      try {
        Trees.assertSame(clean, out);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ", edits " + done + ": " + e.getMessage(), e);
      }
    }
  }

  /** Makes one random edit and says what it was. */
  private static String edit(Path root, Random random, int step) throws IOException {
    List<Path> reports = files(root.resolve("content"), ".md");
    List<Path> results =
        files(root.resolve("results"), ".json").stream()
            .filter(
                // not the blackmail results: a sample log covers some of their rows, and a changed
                // k
                // there is an input error (summary and samples disagree), not an incremental update
                p ->
                    p.toString().contains("agentic-misalignment")
                            && !p.getFileName().toString().startsWith("blackmail-")
                        || p.toString().contains("sycophancy"))
            .toList();
    Path broken = root.resolve("content/broken.md");
    if (Files.exists(broken)) {
      Files.delete(broken);
      return "fix: delete content/broken.md";
    }
    switch (random.nextInt(7)) {
      case 0 -> {
        Path report = reports.get(random.nextInt(reports.size()));
        Files.writeString(report, Files.readString(report) + "\nParagraph " + step + " added.\n");
        return "prose " + report.getFileName();
      }
      case 1 -> {
        Path report = reports.get(random.nextInt(reports.size()));
        Files.writeString(
            report,
            Files.readString(report).replaceFirst("(?m)^title: (.*)$", "title: $1 (" + step + ")"));
        return "title " + report.getFileName();
      }
      case 2 -> {
        Files.writeString(
            root.resolve("content/note-" + step + ".md"),
            "---\ntitle: Note "
                + step
                + "\ndate: 2025-0"
                + (1 + random.nextInt(9))
                + "-1"
                + random.nextInt(10)
                + "\n---\nSee {{rate"
                + " agentic-misalignment/blackmail opus-4}}.\n");
        return "add content/note-" + step + ".md";
      }
      case 3 -> {
        List<Path> notes =
            reports.stream().filter(p -> p.getFileName().toString().startsWith("note-")).toList();
        if (notes.isEmpty()) {
          return "nothing to delete";
        }
        Files.delete(notes.get(0));
        return "delete " + notes.get(0).getFileName();
      }
      case 4 -> {
        Path file = results.get(random.nextInt(results.size()));
        JsonNode doc = JSON.readTree(file.toFile());
        ObjectNode row = (ObjectNode) doc.get("results").get(0);
        if (row.has("k")) {
          row.put("k", (row.get("k").asLong() + 1) % (row.get("n").asLong() + 1));
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), doc);
        return "results " + file.getFileName();
      }
      case 5 -> {
        Path settings = root.resolve("evalpress.yaml");
        Files.writeString(
            settings,
            Files.readString(settings).replaceFirst("(?m)^title: (.*)$", "title: $1 " + step));
        return "settings title";
      }
      default -> {
        Files.writeString(
            broken, "---\ntitle: Broken\ndate: 2025-01-01\n---\n{{rate no/such-eval opus-4}}\n");
        return "break content/broken.md";
      }
    }
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Path example(Path dir) throws IOException {
    Path root = dir.resolve("root");
    Files.createDirectories(root);
    BuiltSite.copy(BuiltSite.example().resolve("content"), root.resolve("content"));
    BuiltSite.copy(BuiltSite.example().resolve("results"), root.resolve("results"));
    Files.copy(BuiltSite.example().resolve("evalpress.yaml"), root.resolve("evalpress.yaml"));
    return root;
  }
}
