package dev.evalpress.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Regression fixtures of defects found by hand and by fuzzing (issue 11), under {@code
 * src/test/resources/defect-corpus/NAME/}: {@code base} names the fixture site they change, {@code
 * files/} holds the files they add or replace, and {@code expected} gives the exit code ({@code
 * exit N}) and lines each of which must appear in the output. They are also seeds of {@link
 * CliFuzzTest}.
 */
final class DefectCorpus {

  /**
   * One defect: the site that showed it, the exit code it must give and what the output must say.
   */
  record Defect(SeedSites.Seed site, int exit, List<String> expected) {

    String name() {
      return site.name();
    }

    @Override
    public String toString() {
      return name();
    }
  }

  static final Path DIR = SeedSites.RESOURCES.resolve("defect-corpus");
  static final List<Defect> ALL = load();

  private DefectCorpus() {}

  static List<SeedSites.Seed> seeds() {
    return ALL.stream().map(Defect::site).toList();
  }

  private static List<Defect> load() {
    try (Stream<Path> dirs = Files.list(DIR)) {
      return dirs.filter(Files::isDirectory).sorted().map(DefectCorpus::defect).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Defect defect(Path dir) {
    try {
      String base = Files.readString(dir.resolve("base"), StandardCharsets.UTF_8).strip();
      Map<String, byte[]> files =
          new TreeMap<>(SeedSites.tree("base", SeedSites.RESOURCES.resolve(base), "").files());
      files.putAll(SeedSites.tree("files", dir.resolve("files"), "").files());
      List<String> lines =
          Files.readAllLines(dir.resolve("expected"), StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .toList();
      int exit = Integer.parseInt(lines.get(0).replace("exit", "").strip());
      return new Defect(
          new SeedSites.Seed("defect-corpus/" + dir.getFileName(), files),
          exit,
          lines.subList(1, lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
