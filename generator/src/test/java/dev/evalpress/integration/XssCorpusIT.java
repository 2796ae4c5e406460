package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens every page and chart of the {@link HostileSite} in headless Chromium and checks that no
 * payload ran.
 *
 * <p>Each page is opened twice: as built, and from a copy with the Content-Security-Policy removed,
 * so the test checks the escaping itself (the CSP alone would hide an escaping bug). Charts are
 * opened directly, as a reader following a link to one would; an SVG document has no CSP, so only
 * its escaping protects it. A canary page with one unescaped payload must be caught every run,
 * which shows the detection works in this browser.
 *
 * <p>Needs Chromium: skipped without it, except under CI (the {@code CI} variable set), where it
 * fails.
 */
class XssCorpusIT {

  private static final Pattern CSP_META =
      Pattern.compile(
          "<meta http-equiv=\"Content-Security-Policy\"[^>]*>\\s*", Pattern.CASE_INSENSITIVE);

  @TempDir static Path dir;

  static BuiltSite site;
  static Path withoutCsp;
  static HeadlessChromium chromium;

  private static final String INSTALL =
      "Chromium is not on the PATH; install it (Debian/Ubuntu: apt-get install"
          + " chromium, as .ci/run does) to run the browser XSS test";

  @BeforeAll
  static void buildAndStartChromium() throws Exception {
    Path executable = HeadlessChromium.find().orElse(null);
    if (executable == null) {
      if (System.getenv("CI") != null) {
        fail(INSTALL + ". CI is set, so this test may not be skipped.");
      }
      return;
    }
    site = BuiltSite.build(HostileSite.write(dir.resolve("root")), dir.resolve("site"));
    withoutCsp = copyWithoutCsp(site, dir.resolve("site-without-csp"));
    chromium = new HeadlessChromium(executable, dir.resolve("chromium-profile"));
  }

  /**
   * Skips each test, not the class: Maven reports a skipped class as zero tests, without the
   * reason.
   */
  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(chromium != null, INSTALL);
  }

  @AfterAll
  static void stopChromium() throws InterruptedException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void canaryPayloadIsCaught() throws Exception {
    Path canary = withoutCsp.resolve("canary.html");
    Files.writeString(
        canary,
        "<!DOCTYPE html><title>canary</title>" + XssPayloads.all().get(1),
        StandardCharsets.UTF_8);
    assertThat(evidence(chromium.open(canary))).isNotEmpty();
  }

  @Test
  void noPayloadRunsOnAnyPageWithItsCsp() throws Exception {
    assertNothingRuns(site.out, site.htmlPages());
  }

  @Test
  void noPayloadRunsOnAnyPageWithoutItsCsp() throws Exception {
    assertNothingRuns(withoutCsp, site.htmlPages());
  }

  @Test
  void noPayloadRunsInAnyChartOpenedDirectly() throws Exception {
    List<String> charts = site.files().stream().filter(f -> f.endsWith(".svg")).toList();
    assertThat(charts).hasSizeGreaterThan(5);
    assertNothingRuns(site.out, charts);
  }

  private static void assertNothingRuns(Path root, List<String> files) throws Exception {
    long start = System.nanoTime();
    List<String> ran = new ArrayList<>();
    for (String file : files) {
      HeadlessChromium.PageRun run = chromium.open(root.resolve(file));
      evidence(run).stream().distinct().forEach(e -> ran.add(file + ": " + e));
    }
    System.out.printf(
        "XssCorpusIT: %d files under %s in %d ms%n",
        files.size(), root.getFileName(), (System.nanoTime() - start) / 1_000_000);
    assertThat(files).isNotEmpty();
    assertThat(ran).as("payloads that ran").isEmpty();
  }

  /** Signs that a payload ran: the marker in the title or on the console. */
  private static List<String> evidence(HeadlessChromium.PageRun run) {
    List<String> found = new ArrayList<>();
    if (run.title().contains(XssPayloads.MARKER)) {
      found.add("title set to " + run.title());
    }
    run.console().stream()
        .filter(line -> line.contains(XssPayloads.MARKER))
        .forEach(line -> found.add("console " + line));
    return found;
  }

  /** A copy of the site whose pages have no Content-Security-Policy. */
  private static Path copyWithoutCsp(BuiltSite site, Path target) throws IOException {
    BuiltSite.copy(site.out, target);
    try (Stream<Path> walk = Files.walk(target)) {
      for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String stripped = CSP_META.matcher(html).replaceAll("");
        assertThat(stripped).as("CSP removed from %s", page).isNotEqualTo(html);
        Files.writeString(page, stripped, StandardCharsets.UTF_8);
      }
    }
    return target;
  }
}
