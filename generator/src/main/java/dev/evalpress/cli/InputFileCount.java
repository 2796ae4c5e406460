package dev.evalpress.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How many files a build's content and results folders hold, counted up to a limit, from the
 * command line as given ({@code --root}, {@code --content}, {@code --results}, each as {@code
 * --name DIR} or {@code --name=DIR}), before picocli has read it: {@link ShortRunJvm} needs it to
 * choose a JVM. A folder that cannot be read counts as empty; the build itself reports it.
 */
final class InputFileCount {

  private InputFileCount() {}

  static int upTo(String[] args, int limit) {
    Path root = Path.of(option(args, "--root", "."));
    Path content = Path.of(option(args, "--content", root.resolve("content").toString()));
    Path results = Path.of(option(args, "--results", root.resolve("results").toString()));
    int n = count(content, limit);
    return n >= limit ? n : n + count(results, limit - n);
  }

  /** The value of {@code name} in {@code args}, the last one given, or {@code otherwise}. */
  static String option(String[] args, String name, String otherwise) {
    String value = otherwise;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith(name + "=")) {
        value = args[i].substring(name.length() + 1);
      }
    }
    return value;
  }

  private static int count(Path folder, int limit) {
    if (limit <= 0 || !Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return (int) walk.filter(Files::isRegularFile).limit(limit).count();
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return 0;
    }
  }
}
