package dev.evalpress.load.samples;

import dev.evalpress.model.Source;
import dev.evalpress.problem.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the sample logs under {@code results/} and reads their headers, in path order. */
public final class SampleLogs {

  private SampleLogs() {}

  public static List<SampleLogFile> list(Path root, Problems problems) {
    Path results = root.resolve("results");
    List<SampleLogFile> logs = new ArrayList<>();
    if (!Files.isDirectory(results)) {
      return logs;
    }
    try (Stream<Path> walk = Files.walk(results)) {
      for (Path file : walk.filter(Files::isRegularFile).filter(SampleLogReader::isSampleLog).sorted().toList()) {
        String shown = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        SampleLogReader.header(file, shown, problems).ifPresent(h -> logs.add(new SampleLogFile(file, shown, h)));
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(Source.file("results"), "cannot list folder: " + e.getMessage());
    }
    return logs;
  }
}
