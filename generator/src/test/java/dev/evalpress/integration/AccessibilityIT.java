package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core 4.11 (from Deque's Selenium jar, injected into each page) on one page of every type of
 * the example site, at 1280 and 390 px, in the light and the dark theme: WCAG 2.0/2.1/2.2 A and AA
 * and axe's best practices report no violation. Colour contrast is checked in both palettes. One
 * browser for the class; skipped without Chromium and chromedriver, except under CI.
 */
class AccessibilityIT {

  /** axe-core 4.11, from the root of Deque's Selenium jar (no newer axe-core WebJar exists). */
  private static final String AXE = "axe.min.js";

  private static final String RUN =
      "var done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
          + " 'wcag21aa', 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
          + ".then(function (r) { done(r.violations.map(function (v) {"
          + "  return v.id + ' (' + v.impact + '): ' + v.help + '\\n      '"
          + "    + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + ' — '"
          + "    + (n.failureSummary || '').replace(/\\s+/g, ' '); }).join('\\n      '); })); })"
          + ".catch(function (e) { done(['axe failed: ' + e]); });";

  @TempDir static Path dir;
  static BuiltSite site;
  static ChromeDriver browser;
  static String axe;

  @BeforeAll
  static void buildAndStart() {
    browser = SeleniumChromium.start(1280, 900);
    site = BuiltSite.build(BuiltSite.example(), dir.resolve("site"));
    try (InputStream in = AccessibilityIT.class.getClassLoader().getResourceAsStream(AXE)) {
      assertThat(in).as("axe-core on the test class path").isNotNull();
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyPageTypeHasNoAxeViolationsInEitherThemeOrWidth() {
    Map<String, List<String>> problems = new TreeMap<>();
    for (int width : new int[] {1280, 390}) {
      for (boolean dark : new boolean[] {false, true}) {
        ExamplePageTypes.viewport(browser, width, 900);
        ExamplePageTypes.colourScheme(browser, dark);
        for (Map.Entry<String, String> page : ExamplePageTypes.PAGES.entrySet()) {
          browser.get(site.out.resolve(page.getValue()).toUri().toString());
          browser.executeScript(axe);
          // the WCAG 2.2 rules (target-size) came with axe-core 4.7
          assertThat((String) browser.executeScript("return axe.version;")).startsWith("4.11.");
          @SuppressWarnings("unchecked")
          List<String> violations = (List<String>) browser.executeAsyncScript(RUN);
          if (!violations.isEmpty()) {
            problems.put(
                page.getKey() + " at " + width + " px, " + (dark ? "dark" : "light"),
                new ArrayList<>(violations));
          }
        }
      }
    }
    StringBuilder report = new StringBuilder();
    problems.forEach(
        (where, list) -> {
          report.append("\n").append(where).append(":");
          list.forEach(v -> report.append("\n    ").append(v));
        });
    assertThat(problems).as("axe-core violations:%s", report).isEmpty();
  }
}
