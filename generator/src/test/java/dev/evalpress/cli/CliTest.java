package dev.evalpress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.BuildResult;
import dev.evalpress.build.SiteBuild;
import dev.evalpress.load.ResultsLoader;
import dev.evalpress.model.ResultSettings;
import dev.evalpress.problem.Problems;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line. */
class CliTest {

  private static final String SMALL = "src/test/resources/sites/small";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return EvalpressCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("build", "check");
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).contains("evalpress");
    assertThat(run("build", "--help")).isZero();
    assertThat(out.toString()).contains("--root", "--out");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("missing command");
    assertThat(run("build", "--no-such-option")).isEqualTo(2);
    assertThat(run("publish")).isEqualTo(2);
  }

  @Test
  void checkValidatesWithoutWriting(@TempDir Path dir) {
    assertThat(run("check", "--root", SMALL)).isZero();
    assertThat(out.toString()).contains("OK");
    assertThat(Path.of(SMALL, "site")).doesNotExist();
  }

  @Test
  void buildWritesTheSite(@TempDir Path dir) {
    assertThat(run("build", "--root", SMALL, "--out", dir.resolve("out").toString())).isZero();
    assertThat(dir.resolve("out/index.html")).isRegularFile();
    assertThat(out.toString()).contains("Built");
  }

  @Test
  void badInputExitsOneWithEveryProblemAndNoStackTrace(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("results"));
    Files.writeString(
        dir.resolve("results/a.json"),
        "{\"kind\": \"models\", \"version\": 1, \"models\": [\n"
            + "  {\"id\": \"m\", \"name\": \"M\", \"family\": \"f\", \"released\": \"soon\"}]}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("results/b.json"), "{\"kind\": \"model\"}", StandardCharsets.UTF_8);
    assertThat(run("build", "--root", dir.toString())).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            "results/a.json:2:55: /models/0/released: expected a date like 2025-05-22, got \"soon\"",
            "results/b.json:1:10: /kind: unknown kind \"model\"; expected one of models, eval-result, training-run",
            "2 problems found; nothing was written.");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void releaseGateFailsOnBreachesOfTrackedEvals() {
    assertThat(run("check", "--root", SMALL)).isZero();
    assertThat(run("check", "--root", SMALL, "--fail-on-regression")).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            "threshold breached: am/blackmail on beta-1: blackmail_rate of Beta 1 is 100%, above the threshold 5%",
            "1 tracked-eval finding; failing the release gate.");
  }

  @Test
  void releaseGateFailsOnRegressionUnlessAllowed(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("results"));
    Files.writeString(
        dir.resolve("results/models.json"),
        "{\"kind\": \"models\", \"version\": 1, \"models\": ["
            + "{\"id\": \"a-1\", \"name\": \"A1\", \"family\": \"a\", \"released\": \"2025-01-01\"},"
            + "{\"id\": \"a-2\", \"name\": \"A2\", \"family\": \"a\", \"released\": \"2025-02-01\", \"predecessor\": \"a-1\"}]}");
    for (String[] m : new String[][] {{"a-1", "2"}, {"a-2", "30"}}) {
      Files.writeString(
          dir.resolve("results/" + m[0] + ".json"),
          "{\"kind\": \"eval-result\", \"version\": 1,"
              + "\"eval\": {\"id\": \"bm\", \"title\": \"Blackmail\", \"metric\": \"blackmail_rate\","
              + " \"category\": \"misalignment\", \"direction\": \"lower-is-better\"}, \"model\": \""
              + m[0]
              + "\","
              + "\"results\": [{\"k\": "
              + m[1]
              + ", \"n\": 100}]}");
    }
    Files.writeString(dir.resolve("evalpress.yaml"), "tracked:\n  - eval: bm\n");
    assertThat(run("check", "--root", dir.toString(), "--fail-on-regression")).isEqualTo(1);
    // 2/100 → 30/100: Newcombe 18.5 to 37.7 points, Fisher p = 2.6e−8 (SciPy).
    assertThat(err.toString())
        .startsWith(
            "regression: bm on a-2: blackmail_rate of A2 regressed: 2% \u2192 30% "
                + "(+28.0 pts, 95% CI 18.5 to 37.7; regressed, Fisher p < 0.001)");
    Files.writeString(
        dir.resolve("evalpress.yaml"), "tracked:\n  - eval: bm\n    allow-regression: true\n");
    assertThat(run("check", "--root", dir.toString(), "--fail-on-regression")).isZero();
  }

  @Test
  void importWritesV1FilesThatBuildToTheSameNumbers(@TempDir Path dir) throws Exception {
    Path source = Path.of("src/test/resources/imports/inspect/success-ci.json");
    assertThat(run("import", source.toString(), "--to", dir.resolve("root/results").toString()))
        .isZero();
    assertThat(out.toString())
        .contains("Wrote 2 files (1 models, 1 eval results, 0 training runs)");
    try (var files = Files.list(dir.resolve("root/results"))) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("models.json");
    }
    assertThat(run("check", "--root", dir.resolve("root").toString())).isZero();
    var imported = ResultsLoader.importFrom(source, new Problems());
    var converted =
        ResultsLoader.load(dir.resolve("root"), ResultSettings.NONE, new Problems()).results();
    assertThat(converted.evalResults().get(0).rows().get(0).measurement())
        .isEqualTo(imported.evalResults().get(0).rows().get(0).measurement());
    assertThat(run("import", dir.resolve("missing").toString(), "--to", dir.toString()))
        .isEqualTo(2);
  }

  @Test
  void importOfLogsWritesCountsABuildReadsAndReportsBadLines(@TempDir Path dir) throws Exception {
    Path logs = Files.createDirectories(dir.resolve("logs"));
    Files.writeString(
        logs.resolve("refusal.jsonl"),
        "{\"kind\": \"samples\", \"version\": 1, \"eval\": {\"id\": \"test/refusal\", \"title\":"
            + " \"Refusal\", \"metric\": \"refusal_rate\", \"category\": \"other\", \"direction\":"
            + " \"lower-is-better\"}}\n"
            + "{\"id\": \"a\", \"model\": \"alpha-1\", \"output\": \"no\", \"verdict\": true}\n"
            + "{\"id\": \"b\", \"model\": \"alpha-1\", \"output\": 7, \"verdict\": true}\n"
            + "{\"id\": \"c\", \"model\": \"alpha-1\", \"output\": \"one two three one two three one two three\","
            + " \"verdict\": false}\n");
    Path root = dir.resolve("site");
    copy(Path.of(SMALL), root);
    Path to = root.resolve("results/from-logs");

    assertThat(run("import", "--logs", logs.toString(), "--to", to.toString())).isZero();
    assertThat(out.toString())
        .contains("Wrote 2 files (2 eval results, 0 training runs) and bad-lines.txt");
    assertThat(err.toString()).contains("logs/refusal.jsonl:3:").contains("1 problem");
    assertThat(to.resolve("bad-lines.txt"))
        .hasContent("logs/refusal.jsonl:3:43: /output: expected a string");
    assertThat(Files.readString(to.resolve("test_refusal--alpha-1.json")))
        .contains("\"k\" : 1,\n    \"n\" : 2");
    assertThat(Files.readString(to.resolve("test_refusal_degeneration--alpha-1.json")))
        .contains("\"k\" : 1,\n    \"n\" : 2");
    // the site's models file lists alpha-1; a build reads the counts like any result
    assertThat(run("check", "--root", root.toString())).isZero();
  }

  private static void copy(Path from, Path to) throws java.io.IOException {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void importNeverOverwritesAFileAndNamesEveryFileInTheWay(@TempDir Path dir) throws Exception {
    Path source = Path.of("src/test/resources/imports/inspect/success-ci.json");
    Path to = Files.createDirectories(dir.resolve("results"));
    Files.writeString(to.resolve("Models.json"), "hand-written");
    assertThat(run("import", source.toString(), "--to", to.toString())).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            to.resolve("Models.json")
                + ":0:0: already exists, and models.json would replace it on a file system that"
                + " ignores case; import never overwrites files: import into a new or empty folder, or move it away",
            "1 problem found; nothing was written.");
    assertThat(to.resolve("Models.json")).hasContent("hand-written");
    try (var files = Files.list(to)) {
      assertThat(files).hasSize(1);
    }

    Files.delete(to.resolve("Models.json"));
    assertThat(run("import", source.toString(), "--to", to.toString())).isZero();
    Path written = to.resolve("models.json");
    String first = Files.readString(written);
    Files.writeString(written, first.replace("\"family\"", "\"family\" ").concat(" "));
    String edited = Files.readString(written);
    err.getBuffer().setLength(0);
    assertThat(run("import", source.toString(), "--to", to.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(written + ":0:0: already exists; import never overwrites files")
        .contains("2 problems found; nothing was written.");
    assertThat(written).hasContent(edited);
  }

  @Test
  void refusesToReplaceAFolderItDidNotWrite(@TempDir Path dir) throws Exception {
    Path precious = dir.resolve("precious");
    Files.createDirectories(precious);
    Files.writeString(precious.resolve("thesis.tex"), "do not delete");
    assertThat(run("build", "--root", SMALL, "--out", precious.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("refusing to replace");
    assertThat(precious.resolve("thesis.tex")).hasContent("do not delete");
  }

  @Test
  void refusesTheRootOfTheFileSystem(@TempDir Path dir) {
    String root = dir.toAbsolutePath().getRoot().toString();
    assertThat(run("build", "--root", SMALL, "--out", root)).isEqualTo(1);
    assertThat(err.toString())
        .contains("is the root of the file system; choose a folder for --out")
        .doesNotContain("internal error");
  }

  @Test
  void anOutputFolderInsideAFileIsExplainedNotJustNamed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("afile"), "x");
    assertThat(run("build", "--root", SMALL, "--out", dir.resolve("afile/site").toString()))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains("error: ")
        .contains("afile")
        .contains("a file where a folder is needed")
        .doesNotContain("internal error");
  }

  @Test
  void anOutputFolderThatIsALinkIsWrittenThroughTheLink(@TempDir Path dir) throws Exception {
    // publishing through a link such as site -> /var/www/html
    Path published = Files.createDirectory(dir.resolve("www"));
    Path link = Files.createSymbolicLink(dir.resolve("site"), published);
    assertThat(run("build", "--root", SMALL, "--out", link.toString())).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(published.resolve("index.html")).isRegularFile();
    assertThat(run("build", "--root", SMALL, "--out", link.toString())).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(published.resolve("index.html")).isRegularFile();
  }

  @Test
  void benchRefusesBadThreadCountsAndFilesThatAreNoSampleLog(@TempDir Path dir) throws Exception {
    assertThat(run("bench", "--size-mb", "1", "--threads", "0")).isEqualTo(2);
    assertThat(run("bench", "--size-mb", "1", "--threads", "300")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--threads: expected a whole number from 1 to 256, got 300");
    Path notALog = Files.writeString(dir.resolve("x.jsonl"), "hi\n");
    assertThat(run("bench", "--log", notALog.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("x.jsonl:1:").doesNotContain("internal error");
  }

  @Test
  void benchComparisonModesRefuseBadUsageBeforeWritingAnything(@TempDir Path dir) {
    String work = dir.resolve("work").toString();
    String[][] bad = {
      {"--corpus", "poetry"},
      {"--corpus", "prose", "--pages", "0"},
      {"--corpus", "prose", "--pages", "100001"},
      {"--corpus", "prose", "--evals", "10"},
      {"--corpus", "charts", "--pages", "10"},
      {"--corpus", "charts", "--versions", "3"},
      {"--corpus", "charts", "--runs", "0"},
      {"--corpus", "prose", "--scaling", "--pages", "250"},
      {"--corpus", "prose", "--python", "/usr/bin/python3"},
      {"--corpus", "charts", "--hugo", "/usr/bin/hugo"},
      {"--corpus", "prose", "--preview"},
      {"--corpus", "prose", "--models", "10"},
      {"--models", "3"},
      {"--scaling"},
      {"--runs", "3"},
      {"--corpus", "prose", "--out", work},
      {"--corpus", "prose", "--sizes", "250"},
      {"--corpus", "charts", "--scaling", "--sizes", "50x3"},
      {"--corpus", "prose", "--scaling", "--sizes", "250,many"},
    };
    for (String[] args : bad) {
      String[] line = new String[args.length + 3];
      line[0] = "bench";
      System.arraycopy(args, 0, line, 1, args.length);
      line[args.length + 1] = "--work";
      line[args.length + 2] = work;
      assertThat(run(line)).as(String.join(" ", args)).isEqualTo(2);
    }
    assertThat(err.toString())
        .contains("--corpus: expected 'prose' or 'charts', got 'poetry'")
        .contains("--pages: expected a whole number from 1 to 100000, got 0")
        .contains("--pages: only with --corpus prose")
        .contains("--scaling runs its own ladder of sizes")
        .contains("--preview, --corpus and --models are different benchmarks")
        .contains("--models: expected a whole number from 4 to 1000000, got 3")
        .contains(
            "--sizes: expected EVALSxVERSIONS, evals 1 to 10000 and versions 4 to 1000, got '50x3'")
        .doesNotContain("internal error");
    assertThat(dir.resolve("work")).doesNotExist();
  }

  @Test
  void benchComparisonNeedsAJarToRun(@TempDir Path dir) {
    assertThat(
            run(
                "bench",
                "--corpus",
                "prose",
                "--pages",
                "1",
                "--jar",
                dir.resolve("missing.jar").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--jar: no such file: ");
  }

  @Test
  void threadsMustBeAWholeNumberFromOneTo256(@TempDir Path dir) {
    assertThat(
            run("build", "--root", SMALL, "--out", dir.resolve("out").toString(), "--threads", "0"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--threads: expected a whole number from 1 to 256, got 0");
    assertThat(run("check", "--root", SMALL, "--threads", "50000")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--threads: expected a whole number from 1 to 256, got 50000");
    assertThat(run("check", "--root", SMALL, "--threads", "many")).isEqualTo(2);
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(run("check", "--root", SMALL, "--threads", "1")).isZero();
    assertThat(
            run("build", "--root", SMALL, "--out", dir.resolve("out").toString(), "--threads", "3"))
        .isZero();
  }

  @Test
  void sourceDateEpochDatesThePagesAndTheFiles(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("out");
    // 2025-11-25T23:59:59Z: the day is taken in UTC, whatever the time zone.
    int code =
        EvalpressCommand.run(
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("SOURCE_DATE_EPOCH", "1764115199"),
            "build",
            "--root",
            SMALL,
            "--out",
            site.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readString(site.resolve("index.html")))
        .contains("<p class=\"built\">Built <time datetime=\"2025-11-25\">2025-11-25</time></p>");
    assertThat(Files.getLastModifiedTime(site.resolve("index.html")).toInstant())
        .isEqualTo(Instant.ofEpochSecond(1764115199));
    assertThat(Files.getLastModifiedTime(site).toInstant())
        .isEqualTo(Instant.ofEpochSecond(1764115199));
  }

  @Test
  void theLatestSourceDateEpochDatesTheFooterAndTheFilesAlike(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("out");
    int code =
        EvalpressCommand.run(
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("SOURCE_DATE_EPOCH", "9223372036"),
            "build",
            "--root",
            SMALL,
            "--out",
            site.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readString(site.resolve("index.html")))
        .contains("<time datetime=\"2262-04-11\">");
    assertThat(Files.getLastModifiedTime(site.resolve("index.html")).toInstant())
        .isEqualTo(Instant.ofEpochSecond(9223372036L));
  }

  @Test
  void benchRefusesASizeThatIsNotAWholeNumberOfMegabytesFromOne() {
    for (String bad : new String[] {"-1", "0", "1048577"}) {
      assertThat(run("bench", "--size-mb", bad)).as(bad).isEqualTo(2);
      assertThat(err.toString())
          .contains("--size-mb: expected a whole number from 1 to 1048576, got " + bad);
    }
  }

  @Test
  void contentAndResultsFoldersElsewhereAreReadAndProblemsNameThemAsGiven(@TempDir Path dir)
      throws Exception {
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.copy(Path.of(SMALL, "evalpress.yaml"), root.resolve("evalpress.yaml"));
    copy(Path.of(SMALL, "content"), root.resolve("docs/evals"));
    Path results = dir.resolve("shared/results");
    copy(Path.of(SMALL, "results"), results);
    String[] folders = {
      "--root", root.toString(),
      "--content", root.resolve("docs/evals").toString(),
      "--results", results.toString()
    };

    assertThat(run(concat(new String[] {"build"}, folders))).isZero();
    assertThat(root.resolve("site/reports/first/index.html")).isRegularFile();
    assertThat(run(concat(new String[] {"check"}, folders))).isZero();
    assertThat(
            run(
                concat(
                    new String[] {
                      "export",
                      "--report",
                      "first",
                      "--format",
                      "html",
                      "--out",
                      dir.resolve("first.html").toString()
                    },
                    folders)))
        .isZero();
    assertThat(dir.resolve("first.html")).isRegularFile();

    Files.writeString(root.resolve("docs/evals/first.md"), "no front matter\n");
    Files.writeString(results.resolve("models.json"), "{\n  oops}");
    assertThat(run(concat(new String[] {"check"}, folders))).isEqualTo(1);
    assertThat(err.toString())
        .contains("docs/evals/first.md:1:1: expected YAML front matter")
        .contains(results + "/models.json:2:3: ");
  }

  @Test
  void aContentOrResultsFolderThatDoesNotExistIsBadUsage(@TempDir Path dir) throws Exception {
    String missing = dir.resolve("nope").toString();
    for (String command : new String[] {"build", "check", "serve"}) {
      assertThat(run(command, "--root", SMALL, "--results", missing)).isEqualTo(2);
    }
    assertThat(
            run(
                "export",
                "--root",
                SMALL,
                "--content",
                missing,
                "--report",
                "first",
                "--format",
                "html",
                "--out",
                dir.resolve("x.html").toString()))
        .isEqualTo(2);
    Files.writeString(dir.resolve("file"), "");
    assertThat(run("check", "--root", SMALL, "--content", dir.resolve("file").toString()))
        .isEqualTo(2);
    assertThat(err.toString().lines().filter(l -> l.startsWith("--")))
        .containsExactly(
            "--results: no such folder: " + missing + folderNote(),
            "--results: no such folder: " + missing + folderNote(),
            "--results: no such folder: " + missing + folderNote(),
            "--content: no such folder: " + missing + folderNote(),
            "--content: not a folder: " + dir.resolve("file") + folderNote());
    assertThat(Path.of(SMALL, "site")).doesNotExist();
  }

  private static String folderNote() {
    return " (relative paths are from the current folder, " + Path.of("").toAbsolutePath() + ")";
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void serveRefusesBadPortsAndAddressesBeforeBuilding() throws Exception {
    assertThat(run("serve", "--root", SMALL, "--port", "65536")).isEqualTo(2);
    assertThat(err.toString()).contains("--port: expected a port from 0 to 65535, got 65536");
    assertThat(run("serve", "--root", SMALL, "--bind", "::zz")).isEqualTo(2);
    assertThat(err.toString()).contains("--bind: \"::zz\" is not an address of this machine");
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThat(run("serve", "--root", SMALL, "--port", String.valueOf(taken.getLocalPort())))
          .isEqualTo(2);
      assertThat(err.toString())
          .contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .contains("choose another --port, or 0 for a free one");
    }
  }

  @Test
  void withoutACommandEveryCommandIsNamed() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString())
        .contains("missing command: expected one of build, check, export, serve, import, bench");
  }

  @Test
  void withoutSourceDateEpochPagesCarryNoDate(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("out");
    int code =
        EvalpressCommand.run(
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of(),
            "build",
            "--root",
            SMALL,
            "--out",
            site.toString());
    assertThat(code).isZero();
    assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("class=\"built\"");
  }

  @Test
  void malformedSourceDateEpochIsBadUsageAndWritesNothing(@TempDir Path dir) {
    for (String bad :
        new String[] {"", "yesterday", "-1", "1.5", " 1764115199", "9223372037", "253402300799"}) {
      int code =
          EvalpressCommand.run(
              new PrintWriter(out),
              new PrintWriter(err),
              Map.of("SOURCE_DATE_EPOCH", bad),
              "build",
              "--root",
              SMALL,
              "--out",
              dir.resolve("out").toString());
      assertThat(code).as(bad).isEqualTo(2);
      assertThat(err.toString())
          .contains(
              "SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01T00:00:00Z,"
                  + " from 0 to 9223372036 (2262-04-11T23:47:16Z, the last second file times hold in nanoseconds), got \""
                  + bad
                  + "\"");
    }
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void withoutATerminalLongRunsPrintTheirResultLinesOnly(@TempDir Path dir) throws Exception {
    // what the library built, printed as the command prints it: no progress may come between
    BuildResult built = new SiteBuild(Path.of(SMALL)).build(dir.resolve("library"));
    StringWriter plain = new StringWriter();
    PrintWriter lines = new PrintWriter(plain);
    Path target = dir.resolve("out");
    lines.println("Built " + built.pages() + " pages (" + built.files() + " files) into " + target);
    NotesOutput.print(built, lines);
    lines.flush();

    assertThat(run("build", "--root", SMALL, "--out", target.toString())).isZero();
    assertThat(out.toString()).isEqualTo(plain.toString());
    assertThat(err.toString()).isEmpty();

    Path log = Path.of("src/test/resources/sites/samples/results/blackmail.jsonl");
    assertThat(run("import", "--logs", log.toString(), "--to", dir.resolve("v1").toString()))
        .isZero();
    assertThat(out.toString()).doesNotContain("\r").doesNotContain("\u001b");
    assertThat(err.toString()).isEmpty();
  }
}
