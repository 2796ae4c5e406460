package dev.evalpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input past one of the limits of {@code InputLimits} is a problem at its place that names the limit: never a
 * stack trace, a StackOverflowError or an OutOfMemoryError, and never a quote of Jackson's settings. (Limits
 * that need a small heap to show, such as zip bombs and huge lines, are in {@code InputLimitsIT}.)
 */
class InputLimitsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path root;

  private int check() {
    return EvalpressCommand.run(new PrintWriter(out), new PrintWriter(err), "check", "--root", root.toString());
  }

  private void report(String body) throws Exception {
    Files.createDirectories(root.resolve("content"));
    Files.writeString(root.resolve("content/r.md"), "---\ntitle: T\ndate: 2025-01-01\n---\n" + body,
        StandardCharsets.UTF_8);
  }

  private void result(String name, String json) throws Exception {
    Files.createDirectories(root.resolve("results"));
    Files.writeString(root.resolve("results").resolve(name), json, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"quotes", "ordered", "bullets", "stars", "underscores", "indented"})
  void deeplyNestedMarkdownIsAProblemAtItsPlace(String shape) throws Exception {
    String body = switch (shape) {
      case "quotes" -> "Intro.\n\n" + ">".repeat(800) + " deep\n";
      case "ordered" -> "Intro.\n\n" + "1. ".repeat(400) + "deep\n";
      case "bullets" -> "Intro.\n\n" + "- ".repeat(10_000) + "deep\n";
      case "stars" -> "Intro.\n\n" + "*a ".repeat(20_000) + "b" + "*".repeat(20_000) + "\n";
      case "underscores" -> "Intro.\n\n" + "_a ".repeat(20_000) + "b" + "_".repeat(20_000) + "\n";
      default -> "Intro.\n\n" + String.join("", java.util.stream.IntStream.range(0, 3000)
          .mapToObj(i -> "  ".repeat(i) + "- x\n").toList());
    };
    report(body);
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString()).doesNotContain("Exception", "Error", "\tat ");
    // the indented list breaks the limit at its 65th level, on line 7 + 64
    assertThat(err.toString()).startsWith(shape.equals("indented") ? "content/r.md:71:" : "content/r.md:7:");
    assertThat(err.toString()).contains("Markdown nested more than 64 levels deep");
  }

  @Test
  void markdownNestedWithinTheLimitRenders() throws Exception {
    report("Intro.\n\n" + ">".repeat(60) + " quote\n\n" + "- ".repeat(60) + "list\n\n" + "1. ".repeat(60) + "x\n\n"
        + "*a ".repeat(60) + "b" + "*".repeat(60) + "\n\n```\n" + ">".repeat(500) + "\n```\n\nSome `**` code *and* 2*3.\n");
    assertThat(check()).as(err.toString()).isZero();
  }

  @Test
  void jsonNestedTooDeepIsReportedWhereItBreaksTheLimitInWords() throws Exception {
    result("deep.json", "{\"kind\": \"models\",\n \"version\": 1, \"models\":\n" + "[".repeat(1500)
        + "]".repeat(1500) + "}\n");
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString()).startsWith("results/deep.json:3:1001: invalid JSON: arrays and objects nested more than"
        + " 1,000 levels deep");
    assertThat(err.toString()).doesNotContain("StreamReadConstraints", "Exception");
  }

  @Test
  void aStringOverTheLimitIsReportedAtItsPlaceInWords() throws Exception {
    result("long.json", "{\"kind\": \"models\", \"version\": 1, \"models\": [\n {\"id\": \"m\", \"name\": \""
        + "x".repeat(50_000_001) + "\", \"family\": \"f\"}]}\n");
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString()).startsWith("results/long.json:2:");
    assertThat(err.toString()).contains("a string longer than 50,000,000 characters");
    assertThat(err.toString()).doesNotContain("StreamReadConstraints", "Exception");
  }
}
