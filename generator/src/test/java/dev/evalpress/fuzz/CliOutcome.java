package dev.evalpress.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.evalpress.cli.EvalpressCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What must hold for any input, seen from the command line as a user sees it: the exit code is 0 or
 * 1, the output has no stack trace (nor an "internal error"), and a run that fails writes nothing:
 * the previous site, the inputs and the folder around them are byte for byte as they were. A build
 * that succeeds writes a site whose pages each have unique ids. The CLI runs in this JVM (a process
 * per try would make the fuzzer too slow for CI); it is the same code path {@code main} takes, up
 * to {@code System.exit}.
 */
final class CliOutcome {

  /** A frame of a Java stack trace, or the first line of one ("java.lang.X: …", "Caused by: …"). */
  private static final Pattern STACK_TRACE =
      Pattern.compile(
          "(?m)^\\s+at [\\w$.]+\\(|^Caused by: |^(?:java|javax|jdk|sun|com|org|dev)\\.[\\w$.]+(?:Exception|Error)\\b");

  /** What a run printed and returned. */
  record Run(int code, String output) {}

  private CliOutcome() {}

  /**
   * Runs {@code evalpress COMMAND --root ROOT [--out OUT] --threads N} on {@code site} beside a
   * previous site and checks the outcome.
   */
  static Run assertHandled(SeedSites.Seed site, String command, int threads, String what) {
    Path base = ScratchFolders.create("cli-");
    try {
      Path root = base.resolve("root");
      site.writeTo(root);
      Path out = base.resolve("out");
      writePreviousSite(out);
      Map<String, String> before = snapshot(base);
      List<String> args =
          new ArrayList<>(
              List.of(command, "--root", root.toString(), "--threads", String.valueOf(threads)));
      if (command.equals("build")) {
        args.addAll(List.of("--out", out.toString()));
      }
      Run run = run(args, what);
      assertThat(run.code())
          .as("%s: exit code of %s; output:%n%s", what, command, run.output())
          .isIn(0, 1);
      assertThat(run.output())
          .as("%s: output of %s", what, command)
          .doesNotContainPattern(STACK_TRACE)
          .doesNotContain("internal error");
      Map<String, String> after = snapshot(base);
      if (run.code() != 0 || command.equals("check")) {
        assertThat(after)
            .as("%s: %s must write nothing; output:%n%s", what, command, run.output())
            .isEqualTo(before);
      } else {
        assertThat(out.resolve("index.html")).as("%s: the new site", what).isRegularFile();
        after.keySet().stream()
            .filter(p -> p.startsWith("root/"))
            .forEach(
                p ->
                    assertThat(after.get(p))
                        .as("%s: input %s unchanged", what, p)
                        .isEqualTo(before.get(p)));
        idsAreUnique(out, what);
      }
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ScratchFolders.delete(base);
    }
  }

  /**
   * Runs {@code evalpress import ROOT/results --to DIR} on {@code site}, DIR holding a file of the
   * user's, and checks the outcome: exit 0 or 1, no stack trace, and on failure DIR and the inputs
   * as they were.
   */
  static Run assertImportHandled(SeedSites.Seed site, String what) {
    Path base = ScratchFolders.create("cli-");
    try {
      Path root = base.resolve("root");
      site.writeTo(root);
      Files.createDirectories(root.resolve("results"));
      Path to = base.resolve("converted");
      Files.createDirectories(to);
      Files.writeString(to.resolve("notes.md"), "the user's own file\n", StandardCharsets.UTF_8);
      Map<String, String> before = snapshot(base);
      Run run =
          run(List.of("import", root.resolve("results").toString(), "--to", to.toString()), what);
      assertThat(run.code())
          .as("%s: exit code of import; output:%n%s", what, run.output())
          .isIn(0, 1);
      assertThat(run.output())
          .as("%s: output of import", what)
          .doesNotContainPattern(STACK_TRACE)
          .doesNotContain("internal error");
      Map<String, String> after = snapshot(base);
      if (run.code() != 0) {
        assertThat(after)
            .as("%s: a failed import writes nothing; output:%n%s", what, run.output())
            .isEqualTo(before);
      } else {
        assertThat(after.get("converted/notes.md"))
            .as("%s: the user's file", what)
            .isEqualTo(before.get("converted/notes.md"));
      }
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ScratchFolders.delete(base);
    }
  }

  /**
   * Runs the command line in this JVM; any exception or error escaping it is a failure of the
   * property.
   */
  static Run run(List<String> args, String what) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try {
      code =
          EvalpressCommand.run(
              new PrintWriter(out), new PrintWriter(err), Map.of(), args.toArray(String[]::new));
    } catch (Throwable t) {
      return fail(what + ": escaped the command line", t);
    }
    return new Run(code, out + err.toString());
  }

  private static void writePreviousSite(Path out) throws IOException {
    Files.createDirectories(out);
    Files.writeString(
        out.resolve(".evalpress-site"),
        "This folder was written by evalpress; the next build replaces" + " it.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve("index.html"),
        "<!DOCTYPE html><title>previous</title>",
        StandardCharsets.UTF_8);
  }

  private static void idsAreUnique(Path site, String what) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("[id]")) {
          counts.merge(e.id(), 1, Integer::sum);
        }
        counts.values().removeIf(n -> n == 1);
        assertThat(counts)
            .as("%s: ids used more than once on %s", what, site.relativize(page))
            .isEmpty();
      }
    }
  }

  /**
   * Every file under {@code dir}, relative path → bytes (as ISO-8859-1, which keeps every byte).
   */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted().toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        files.put(
            Files.isDirectory(p) ? rel + "/" : rel,
            Files.isDirectory(p)
                ? ""
                : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
