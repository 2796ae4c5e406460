package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as users do ({@code java -jar generator/target/evalpress.jar}), after
 * {@code package}: checks that it is self-contained and that its exit codes hold.
 */
class JarIT {

  private static final Path JAR = Path.of("target/evalpress.jar");

  record Result(int code, String out, String err) {}

  private static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty() && rest.get(0).startsWith("-X")) {
      command.add(rest.remove(0));
    }
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    command.addAll(rest);
    Path out = Files.createTempFile("evalpress-out", ".txt");
    Path err = Files.createTempFile("evalpress-err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    int code = p.waitFor();
    return new Result(
        code,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void buildsTheExampleSiteFromTheRepositoryRoot(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    Result r = run(BuiltSite.example(), "build", "--out", out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("evals/agentic-misalignment/blackmail/trend.svg")).isRegularFile();
  }

  /**
   * A sample log four times larger than the heap is aggregated: the reader streams it. (The
   * benchmark, {@code evalpress bench}, measures speed; this only checks that memory stays
   * bounded.)
   */
  @Test
  void streamsASampleLogLargerThanTheHeap(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("results"));
    Files.writeString(
        dir.resolve("results/models.json"),
        "{\"kind\": \"models\", \"version\": 1, \"models\": ["
            + "{\"id\": \"m-0\", \"name\": \"M0\", \"family\": \"m\", \"released\": \"2025-01-01\"},"
            + "{\"id\": \"m-1\", \"name\": \"M1\", \"family\": \"m\", \"released\": \"2025-01-02\"},"
            + "{\"id\": \"m-2\", \"name\": \"M2\", \"family\": \"m\", \"released\": \"2025-01-03\"},"
            + "{\"id\": \"m-3\", \"name\": \"M3\", \"family\": \"m\", \"released\": \"2025-01-04\"}]}");
    Files.writeString(
        dir.resolve("evalpress.yaml"), "samples:\n  - eval: bench/synthetic\n    cap: 20\n");
    Path log = dir.resolve("results/big.jsonl");
    dev.evalpress.bench.SyntheticSampleLog.write(log, 256L << 20);
    Result r = run(dir, "-Xmx64m", "check");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
  }

  @Test
  void exitCodesForHelpUsageAndBadInput(@TempDir Path dir) throws Exception {
    assertThat(run(dir, "--version").out()).startsWith("evalpress ");
    assertThat(run(dir, "--help").code()).isZero();
    assertThat(run(dir, "--frobnicate").code()).isEqualTo(2);
    Files.createDirectories(dir.resolve("results"));
    Files.writeString(
        dir.resolve("results/x.json"), "{\"kind\": \"models\", \"version\": 1, \"models\": [}");
    Result bad = run(dir, "check");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).startsWith("results/x.json:1:").doesNotContain("\tat ");
  }
}
