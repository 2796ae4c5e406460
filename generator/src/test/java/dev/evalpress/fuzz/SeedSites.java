package dev.evalpress.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The valid (or deliberately odd) inputs the fuzzer starts from: the fixture sites and import
 * fixtures, each as a site root of relative path → bytes. A path {@code results/x.eval!header.json}
 * is an entry of the zip {@code results/x.eval}, so that entries are mutated as JSON and zipped
 * when the site is written.
 */
final class SeedSites {

  /** One site root to mutate. */
  record Seed(String name, Map<String, byte[]> files) {

    List<String> paths() {
      return List.copyOf(files.keySet());
    }

    /** The path of file {@code index}, wrapped around the files (any int picks one). */
    String path(int index) {
      List<String> paths = paths();
      return paths.get(Math.floorMod(index, paths.size()));
    }

    Seed with(String path, byte[] bytes) {
      Map<String, byte[]> copy = new TreeMap<>(files);
      copy.put(path, bytes);
      return new Seed(name, copy);
    }

    /** Replaces a file, or a whole zip if {@code path} is one of its entries, by {@code bytes}. */
    Seed replacingFile(String path, byte[] bytes) {
      int bang = path.indexOf('!');
      if (bang < 0) {
        return with(path, bytes);
      }
      String zip = path.substring(0, bang);
      Map<String, byte[]> copy = new TreeMap<>(files);
      copy.keySet().removeIf(p -> p.startsWith(zip + "!"));
      copy.put(zip, bytes);
      return new Seed(name, copy);
    }

    /**
     * Writes the site under {@code root}, zipping {@code !} entries into their {@code .eval} files.
     */
    void writeTo(Path root) throws IOException {
      Map<String, Map<String, byte[]>> zips = new TreeMap<>();
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        int bang = f.getKey().indexOf('!');
        if (bang >= 0) {
          zips.computeIfAbsent(f.getKey().substring(0, bang), z -> new TreeMap<>())
              .put(f.getKey().substring(bang + 1), f.getValue());
        } else {
          write(root.resolve(f.getKey()), f.getValue());
        }
      }
      for (Map.Entry<String, Map<String, byte[]>> z : zips.entrySet()) {
        write(root.resolve(z.getKey()), zip(z.getValue()));
      }
    }
  }

  static final Path RESOURCES = Path.of("src/test/resources");
  static final List<Seed> ALL = load();

  private SeedSites() {}

  private static List<Seed> load() {
    List<Seed> seeds = new ArrayList<>();
    seeds.add(tree("small", RESOURCES.resolve("sites/small"), ""));
    seeds.add(tree("samples", RESOURCES.resolve("sites/samples"), ""));
    seeds.add(tree("byte-order-mark", RESOURCES.resolve("good-input/byte-order-mark"), ""));
    Seed folder =
        tree(
            "agentic-misalignment",
            RESOURCES.resolve("imports/agentic-misalignment/results"),
            "results/");
    // the fixture's one sample with a non-boolean verdict is left out, so the seed itself builds
    folder
        .files()
        .remove(
            "results/models/gpt-4.1/blackmail_explicit-america_replacement/sample_002/response.json");
    seeds.add(folder);
    for (String dir : List.of("imports/inspect", "imports/lm-eval", "imports/samples")) {
      for (Path file : list(RESOURCES.resolve(dir))) {
        if (Files.isDirectory(file)) {
          continue;
        }
        seeds.add(
            new Seed(
                dir + "/" + file.getFileName(),
                new TreeMap<>(Map.of("results/" + file.getFileName(), read(file)))));
      }
    }
    seeds.add(
        new Seed(
            "agentic-misalignment statistics",
            new TreeMap<>(
                Map.of(
                    "results/statistics.json",
                    read(RESOURCES.resolve("imports/agentic-misalignment/statistics.json"))))));
    // lm-eval results with the samples files beside them, read as a pair
    seeds.add(tree("lm-eval samples", RESOURCES.resolve("imports/samples/lm-eval"), "results/"));
    for (String log :
        List.of("inspect/success-ci", "inspect/two-epochs-agree", "samples/inspect-epochs")) {
      seeds.add(evalZip(log));
    }
    return List.copyOf(seeds);
  }

  /** An Inspect JSON log split into the entries of its {@code .eval} form. */
  private static Seed evalZip(String log) {
    try {
      var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      var header =
          (com.fasterxml.jackson.databind.node.ObjectNode)
              mapper.readTree(RESOURCES.resolve("imports/" + log + ".json").toFile());
      var samples = header.remove("samples");
      var reductions = header.remove("reductions");
      Map<String, byte[]> files = new TreeMap<>();
      String zip = "results/" + log.substring(log.indexOf('/') + 1) + ".eval!";
      for (var sample : samples) {
        files.put(
            zip
                + "samples/"
                + sample.path("id").asText()
                + "_epoch_"
                + sample.path("epoch").asInt(1)
                + ".json",
            mapper.writeValueAsBytes(sample));
      }
      files.put(
          zip + "header.json", mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(header));
      files.put(
          zip + "summaries.json",
          mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(samples));
      if (reductions != null) {
        files.put(
            zip + "reductions.json",
            mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(reductions));
      }
      return new Seed(log + ".eval", files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Seed tree(String name, Path dir, String prefix) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(
            prefix + dir.relativize(p).toString().replace(java.io.File.separatorChar, '/'),
            read(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Seed(name, files);
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
