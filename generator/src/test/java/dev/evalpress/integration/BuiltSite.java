package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.SiteBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site built from a source root into a folder, with helpers to read its files. */
final class BuiltSite {

  final Path root;
  final Path out;

  private BuiltSite(Path root, Path out) {
    this.root = root;
    this.out = out;
  }

  static BuiltSite build(Path root, Path out) {
    try {
      new SiteBuild(root).build(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuiltSite(root, out);
  }

  /** The fixture site under {@code src/test/resources/sites/NAME}. */
  static Path fixture(String name) {
    return Path.of("src/test/resources/sites", name);
  }

  /** The repository's example site (Maven runs tests in generator/). */
  static Path example() {
    return Path.of("..").toAbsolutePath().normalize();
  }

  Document page(String path) {
    Path file = out.resolve(path);
    assertThat(file).as("page %s", path).exists();
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text(String path) {
    try {
      return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the site, as paths relative to the output folder with '/' separators, sorted. */
  List<String> files() {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> out.relativize(p).toString().replace('\\', '/'))
          .sorted(Comparator.naturalOrder())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> htmlPages() {
    return files().stream().filter(f -> f.endsWith(".html")).toList();
  }

  /** Copies a fixture root into {@code dir} so a test can add files to it. */
  static Path copy(Path fixture, Path dir) {
    try (Stream<Path> walk = Files.walk(fixture)) {
      for (Path p : walk.toList()) {
        Path target = dir.resolve(fixture.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
