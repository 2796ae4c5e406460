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
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("evalpress-out", ".txt");
    Path err = Files.createTempFile("evalpress-err", ".txt");
    Process p = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int code = p.waitFor();
    return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
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

  @Test
  void exitCodesForHelpUsageAndBadInput(@TempDir Path dir) throws Exception {
    assertThat(run(dir, "--version").out()).startsWith("evalpress ");
    assertThat(run(dir, "--help").code()).isZero();
    assertThat(run(dir, "--frobnicate").code()).isEqualTo(2);
    Files.createDirectories(dir.resolve("results"));
    Files.writeString(dir.resolve("results/x.json"), "{\"kind\": \"models\", \"version\": 1, \"models\": [}");
    Result bad = run(dir, "check");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).startsWith("results/x.json:1:").doesNotContain("\tat ");
  }
}
