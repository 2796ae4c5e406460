package dev.evalpress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Times two tools on the same input in alternating runs (first, second, first, second, ...), after
 * one untimed warm-up run of each, so that a machine that slows down or speeds up during the
 * benchmark affects both alike. Each run starts from an empty output folder.
 */
public final class PairedRuns {

  /**
   * A tool's command line, the folder it runs in and the folder it writes (emptied before each
   * run).
   */
  public record Tool(String name, List<String> command, Path dir, Path output) {
    public Tool {
      command = List.copyOf(command);
    }
  }

  /** The timed runs of each tool, in the order they ran. */
  public record Result(List<Measurement> first, List<Measurement> second) {
    public Result {
      first = List.copyOf(first);
      second = List.copyOf(second);
    }
  }

  private PairedRuns() {}

  /**
   * Runs {@code first} and {@code second} {@code runs} times each, alternating, after a warm-up run
   * of each; every process's output is appended to {@code log}, and a line per run goes to {@code
   * progress}.
   */
  public static Result alternate(
      Tool first, Tool second, int runs, Path log, Consumer<String> progress)
      throws IOException, InterruptedException {
    once(first, log, progress, "warm-up");
    once(second, log, progress, "warm-up");
    List<Measurement> a = new ArrayList<>();
    List<Measurement> b = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      a.add(once(first, log, progress, "run " + i + "/" + runs));
      b.add(once(second, log, progress, "run " + i + "/" + runs));
    }
    return new Result(a, b);
  }

  /** One run of {@code tool} from an empty output folder. */
  public static Measurement once(Tool tool, Path log, Consumer<String> progress, String label)
      throws IOException, InterruptedException {
    deleteTree(tool.output());
    Measurement m = TimedProcess.run(tool.command(), tool.dir(), log);
    progress.accept(
        String.format(
            Locale.ROOT,
            "  %-8s %-16s %8.2f s %8s",
            label,
            tool.name(),
            m.seconds(),
            m.peakRssBytes() < 0
                ? "RSS n/a"
                : String.format(Locale.ROOT, "%.0f MB", m.peakRssBytes() / 1048576.0)));
    return m;
  }

  /** Deletes {@code folder} and everything in it, if it exists. */
  public static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
