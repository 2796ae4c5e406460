package dev.evalpress.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the shaded jar ({@code target/evalpress.jar}, made by {@code package}) in a process of its
 * own, with JVM options and an environment of the test's choosing. Variables that could change a
 * build (time zone, locale, {@code SOURCE_DATE_EPOCH}) are cleared first, so only what a test sets
 * reaches the build.
 */
final class Jar {

  private static final Path JAR = Path.of("target/evalpress.jar");
  private static final List<String> CLEARED =
      List.of("TZ", "LANG", "LANGUAGE", "SOURCE_DATE_EPOCH");

  record Result(int code, String out, String err) {}

  private Jar() {}

  /** A started build: {@code java JVM_OPTIONS -jar evalpress.jar ARGS} in {@code workDir}. */
  static Process start(
      Path workDir,
      List<String> jvmOptions,
      Map<String, String> env,
      List<String> args,
      Path stdout,
      Path stderr)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    builder.environment().keySet().removeIf(k -> CLEARED.contains(k) || k.startsWith("LC_"));
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Runs to the end and returns the exit code and output. */
  static Result run(Path workDir, List<String> jvmOptions, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("evalpress-out", ".txt");
    Path err = Files.createTempFile("evalpress-err", ".txt");
    try {
      int code = start(workDir, jvmOptions, env, List.of(args), out, err).waitFor();
      return new Result(
          code,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
