package dev.evalpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input past one of the limits of {@code InputLimits} is a problem at its place that names the
 * limit: never a stack trace, a StackOverflowError or an OutOfMemoryError, and never a quote of
 * Jackson's settings. (Limits that need a small heap to show, such as zip bombs and huge lines, are
 * in {@code InputLimitsIT}.)
 */
class InputLimitsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path root;

  private int check() {
    return EvalpressCommand.run(
        new PrintWriter(out), new PrintWriter(err), "check", "--root", root.toString());
  }

  private void report(String body) throws Exception {
    Files.createDirectories(root.resolve("content"));
    Files.writeString(
        root.resolve("content/r.md"),
        "---\ntitle: T\ndate: 2025-01-01\n---\n" + body,
        StandardCharsets.UTF_8);
  }

  private void result(String name, String json) throws Exception {
    Files.createDirectories(root.resolve("results"));
    Files.writeString(root.resolve("results").resolve(name), json, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"quotes", "ordered", "bullets", "stars", "underscores", "indented"})
  void deeplyNestedMarkdownIsAProblemAtItsPlace(String shape) throws Exception {
    String body =
        switch (shape) {
          case "quotes" -> "Intro.\n\n" + ">".repeat(800) + " deep\n";
          case "ordered" -> "Intro.\n\n" + "1. ".repeat(400) + "deep\n";
          case "bullets" -> "Intro.\n\n" + "- ".repeat(10_000) + "deep\n";
          case "stars" -> "Intro.\n\n" + "*a ".repeat(20_000) + "b" + "*".repeat(20_000) + "\n";
          case "underscores" ->
              "Intro.\n\n" + "_a ".repeat(20_000) + "b" + "_".repeat(20_000) + "\n";
          default ->
              "Intro.\n\n"
                  + String.join(
                      "",
                      java.util.stream.IntStream.range(0, 3000)
                          .mapToObj(i -> "  ".repeat(i) + "- x\n")
                          .toList());
        };
    report(body);
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString()).doesNotContain("Exception", "Error", "\tat ");
    // the indented list breaks the limit at its 65th level, on line 7 + 64
    assertThat(err.toString())
        .startsWith(shape.equals("indented") ? "content/r.md:71:" : "content/r.md:7:");
    assertThat(err.toString()).contains("Markdown nested more than 64 levels deep");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lines", "references", "table"})
  void aParagraphOfMoreThanAThousandLinesIsAProblemWhereItStarts(String shape) throws Exception {
    String line =
        switch (shape) {
          case "lines" -> "word\n";
          case "references" -> "[r%d]: /u%d\n";
          default -> "| a | b |\n";
        };
    StringBuilder body = new StringBuilder("Intro.\n\n");
    if (shape.equals("table")) {
      body.append("| a | b |\n|---|---|\n");
    }
    for (int i = 0; i < 1001; i++) {
      body.append(line.replace("%d", Integer.toString(i)));
    }
    report(body.toString());
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    assertThat(err.toString())
        .startsWith("content/r.md:7:1:")
        .contains("a paragraph of more than 1000 lines without a blank line");
  }

  @Test
  void longListsCodeBlocksAndParagraphsOfAThousandLinesRender() throws Exception {
    StringBuilder body = new StringBuilder("Intro.\n\n");
    body.append("word\n".repeat(1000)).append("\n");
    for (int i = 0; i < 1500; i++) {
      body.append("- item ").append(i).append("\n");
    }
    body.append("\n```\n").append("code\n".repeat(1500)).append("```\n");
    report(body.toString());
    assertThat(check()).as(err.toString()).isZero();
  }

  @Test
  void markdownNestedWithinTheLimitRenders() throws Exception {
    report(
        "Intro.\n\n"
            + ">".repeat(60)
            + " quote\n\n"
            + "- ".repeat(60)
            + "list\n\n"
            + "1. ".repeat(60)
            + "x\n\n"
            + "*a ".repeat(60)
            + "b"
            + "*".repeat(60)
            + "\n\n```\n"
            + ">".repeat(500)
            + "\n```\n\nSome `**` code *and* 2*3.\n");
    assertThat(check()).as(err.toString()).isZero();
  }

  @Test
  void jsonNestedTooDeepIsReportedWhereItBreaksTheLimitInWords() throws Exception {
    result(
        "deep.json",
        "{\"kind\": \"models\",\n \"version\": 1, \"models\":\n"
            + "[".repeat(1500)
            + "]".repeat(1500)
            + "}\n");
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString())
        .startsWith(
            "results/deep.json:3:1001: invalid JSON: arrays and objects nested more than"
                + " 1,000 levels deep");
    assertThat(err.toString()).doesNotContain("StreamReadConstraints", "Exception");
  }

  @Test
  void aStringOverTheLimitIsReportedAtItsPlaceInWords() throws Exception {
    result(
        "long.json",
        "{\"kind\": \"models\", \"version\": 1, \"models\": [\n {\"id\": \"m\", \"name\": \""
            + "x".repeat(50_000_001)
            + "\", \"family\": \"f\"}]}\n");
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString()).startsWith("results/long.json:2:");
    assertThat(err.toString()).contains("a string longer than 50,000,000 characters");
    assertThat(err.toString()).doesNotContain("StreamReadConstraints", "Exception");
  }

  @Test
  void aZipEntryThatInflatesLikeABombIsRefusedWhileInflating() throws Exception {
    byte[] header =
        Files.readAllBytes(Path.of("src/test/resources/imports/inspect/success-ci.json"));
    Files.createDirectories(root.resolve("results"));
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(
            Files.newOutputStream(root.resolve("results/bomb.eval")))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("header.json"));
      zip.write(
          header, 0, header.length - 2); // before the closing brace: white space is still JSON
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 40; i++) {
        zip.write(spaces);
      }
      zip.write("}\n".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    assertThat(Files.size(root.resolve("results/bomb.eval"))).isLessThan(200_000);
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString())
        .startsWith(
            "results/bomb.eval!header.json:0:0: the zip entry header.json inflates to more"
                + " than 100 times its compressed size");
    assertThat(err.toString()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void anAttachmentReferencedOverAndOverIsBoundedPerSample() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode log =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            mapper.readTree(Path.of("src/test/resources/imports/inspect/success-ci.json").toFile());
    com.fasterxml.jackson.databind.node.ObjectNode sample =
        (com.fasterxml.jackson.databind.node.ObjectNode) log.get("samples").get(0);
    sample.putObject("attachments").put("h", "x".repeat(100_000));
    com.fasterxml.jackson.databind.node.ArrayNode messages = sample.putArray("messages");
    for (int i = 0; i < 1500; i++) {
      messages.addObject().put("role", "user").put("content", "attachment://h");
    }
    Files.createDirectories(root.resolve("results"));
    mapper.writeValue(root.resolve("results/log.json").toFile(), log);
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString()).startsWith("results/log.json:");
    assertThat(err.toString())
        .contains(
            "/samples/0/messages/",
            "attachment:// references expand to more than" + " 67,108,864 characters");
    assertThat(err.toString()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aJsonlLineOverTheLimitIsRefusedBeforeItIsBuffered() throws Exception {
    Files.createDirectories(root.resolve("results"));
    Files.writeString(
        root.resolve("results/models.json"),
        "{\"kind\": \"models\", \"version\": 1, \"models\": ["
            + "{\"id\": \"m\", \"name\": \"M\", \"family\": \"f\"}]}");
    try (java.io.OutputStream out =
        new java.io.BufferedOutputStream(
            Files.newOutputStream(root.resolve("results/log.jsonl")))) {
      out.write(
          ("{\"kind\": \"samples\", \"version\": 1, \"eval\": {\"id\": \"e\", \"title\": \"E\", \"metric\":"
                  + " \"r\", \"category\": \"other\", \"direction\": \"lower-is-better\"}}\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(
          "{\"id\": \"1\", \"model\": \"m\", \"output\": \"ok\", \"verdict\": true}\n"
              .getBytes(StandardCharsets.UTF_8));
      out.write(
          "{\"id\": \"2\", \"model\": \"m\", \"output\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "y".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 65; i++) {
        out.write(chunk);
      }
      out.write("\", \"verdict\": true}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString()).startsWith("results/log.jsonl:3:1: line 3 is longer than 64 MiB");
    assertThat(err.toString()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void anythingElseIsOneLineNamingTheInputWithoutAStackTrace() {
    dev.evalpress.problem.CurrentInput.set("results/x.json");
    StringWriter text = new StringWriter();
    int code = ErrorReporter.lastResort(new StackOverflowError(), new PrintWriter(text), false);
    assertThat(code).isEqualTo(1);
    assertThat(text.toString())
        .isEqualTo(
            "error: input nested too deeply to process while processing results/x.json"
                + " (stack overflow); nest it less deeply (run with --debug for details)\n");
    text.getBuffer().setLength(0);
    ErrorReporter.lastResort(new OutOfMemoryError("Java heap space"), new PrintWriter(text), false);
    assertThat(text.toString())
        .startsWith(
            "error: out of memory while processing results/x.json; give Java more" + " memory")
        .doesNotContain("\tat ");
    assertThat(text.toString().lines()).hasSize(1);
  }

  @Test
  void aReportOrSettingsFileOverItsLimitIsRefusedBeforeItIsReadWhole() throws Exception {
    report("x".repeat((16 << 20) + 1));
    Files.writeString(
        root.resolve("evalpress.yaml"),
        "title: T\n" + "#".repeat(16 << 20) + "\n",
        StandardCharsets.UTF_8);
    assertThat(check()).isEqualTo(1);
    assertThat(err.toString())
        .contains(
            "content/r.md:0:0: cannot read: the file is larger than 16 MiB, the most evalpress reads of such a file",
            "evalpress.yaml:0:0: cannot read: the file is larger than 16 MiB, the most evalpress reads of such a file");
    assertThat(err.toString()).doesNotContain("Exception", "\tat ");
  }
}
