package dev.evalpress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process and measures its wall time and peak resident set size. The peak
 * is the kernel's high-water mark ({@code VmHWM} in {@code /proc/<pid>/status}), read every {@value
 * #POLL_MILLIS} ms while the process runs: the last read before it exits is the figure, so memory
 * grabbed in its last few milliseconds can be missed. The child's own descendants count too, each
 * by its own high-water mark, summed: {@code java -jar evalpress.jar build} runs the build in a
 * second JVM (see {@code cli.ShortRunJvm}) while the first one waits, and both hold memory. Without
 * {@code /proc} the peak is unknown (-1).
 */
public final class TimedProcess {

  static final int POLL_MILLIS = 10;

  private TimedProcess() {}

  /** The command exited with a status other than 0; its output is in {@code log}. */
  public static final class Failed extends IOException {
    private static final long serialVersionUID = 1L;

    /** A failure of the benchmark's own check, such as a page count. */
    public Failed(String message) {
      super(message);
    }

    Failed(List<String> command, int status, Path log) {
      super(
          String.join(" ", command)
              + " exited with status "
              + status
              + "; its output is in "
              + log
              + (lastLines(log).isEmpty() ? "" : ":\n" + lastLines(log)));
    }
  }

  /**
   * Runs {@code command} in {@code dir} with its standard output and error appended to {@code log},
   * and waits for it.
   *
   * @throws Failed if it exits with a status other than 0
   */
  public static Measurement run(List<String> command, Path dir, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long start = System.nanoTime();
    Process process = builder.start();
    Map<Long, Long> peaks = new HashMap<>();
    while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
      poll(process.toHandle(), peaks);
      process.descendants().forEach(p -> poll(p, peaks));
    }
    long peak =
        peaks.values().stream().allMatch(v -> v < 0)
            ? -1
            : peaks.values().stream().mapToLong(v -> Math.max(0, v)).sum();
    double seconds = (System.nanoTime() - start) / 1e9;
    int exit = process.exitValue();
    if (exit != 0) {
      throw new Failed(command, exit, log);
    }
    return new Measurement(seconds, peak);
  }

  /** Records the latest high-water mark of {@code process}, if it can be read. */
  private static void poll(ProcessHandle process, Map<Long, Long> peaks) {
    long mark = highWaterMark(Path.of("/proc", Long.toString(process.pid()), "status"));
    peaks.merge(process.pid(), mark, Math::max);
  }

  /** {@code VmHWM} of a {@code /proc/<pid>/status} file in bytes, or -1 if it cannot be read. */
  static long highWaterMark(Path status) {
    try {
      return parseHighWaterMark(Files.readAllLines(status, StandardCharsets.UTF_8));
    } catch (IOException | java.io.UncheckedIOException e) {
      return -1; // the process has just exited, or there is no /proc
    }
  }

  /** The {@code VmHWM: 1234 kB} line of a status file, in bytes; -1 without one. */
  static long parseHighWaterMark(List<String> lines) {
    for (String line : lines) {
      if (line.startsWith("VmHWM:")) {
        String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
        return Long.parseLong(parts[0]) * 1024;
      }
    }
    return -1;
  }

  private static String lastLines(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
  }
}
