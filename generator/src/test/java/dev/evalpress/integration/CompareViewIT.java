package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evalpress.analyse.Comparer;
import dev.evalpress.analyse.Comparison;
import dev.evalpress.analyse.Estimate;
import dev.evalpress.analyse.Estimator;
import dev.evalpress.model.Counts;
import dev.evalpress.model.Direction;
import dev.evalpress.model.Measurement;
import dev.evalpress.model.Score;
import dev.evalpress.model.StatisticsSettings;
import dev.evalpress.render.format.EstimateText;
import dev.evalpress.render.page.CompareData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The compare page in headless Chromium (Selenium with Debian's chromedriver; one browser for the
 * class): it compares two versions that are not neighbours exactly as {@code {{delta}}} writes the
 * comparison in a report, keeps its pair in the URL, and its statistics agree with the Java {@link
 * Comparer} and {@link EstimateText} on a grid of counts and scores, text for text.
 *
 * <p>Needs Chromium and chromedriver: skipped without them, except under CI (the {@code CI}
 * variable set), where it fails.
 */
class CompareViewIT {

  private static final String INSTALL =
      "Chromium and chromedriver are needed for the compare page's browser test;"
          + " install them (Debian/Ubuntu: apt-get install chromium chromium-driver, as .ci/run does)";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Sonnet 3.7 → Opus 4 → Opus 4.1 in the example: the first and last are not neighbours. */
  private static final String BEFORE = "sonnet-3-7";

  private static final String AFTER = "opus-4-1";
  private static final List<String> EVALS =
      List.of("agentic-misalignment/blackmail", "sycophancy/feedback");

  @TempDir static Path dir;

  static BuiltSite site;
  static WebDriver browser;

  @BeforeAll
  static void buildAndStartBrowser() throws IOException {
    Optional<Path> chromium = HeadlessChromium.find();
    Optional<Path> driver = onPath("chromedriver");
    if (chromium.isEmpty() || driver.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail(INSTALL + ". CI is set, so this test may not be skipped.");
      }
      return;
    }
    Path root = dir.resolve("root");
    copy(BuiltSite.example(), root, "evalpress.yaml", "content", "results");
    StringBuilder report =
        new StringBuilder(
            "---\ntitle: Deltas the compare page must reproduce\ndate: 2025-10-01\n"
                + "authors: [Test]\nsummary: Deltas.\n---\n\n");
    for (String eval : EVALS) {
      report
          .append("- ")
          .append(eval)
          .append(": {{delta ")
          .append(eval)
          .append(' ')
          .append(BEFORE)
          .append(' ')
          .append(AFTER)
          .append("}}\n");
    }
    Files.writeString(root.resolve("content/compare-deltas.md"), report, StandardCharsets.UTF_8);
    site = BuiltSite.build(root, dir.resolve("site"));
    browser = SeleniumChromium.launch(chromium.get(), driver.get(), 1280, 1000);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  /**
   * Skips each test, not the class: Maven reports a skipped class as zero tests, without the
   * reason.
   */
  @BeforeEach
  void needsBrowser() {
    Assumptions.assumeTrue(browser != null, INSTALL);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void comparesTwoVersionsThatAreNotNeighboursAsDeltaDoes() {
    Map<String, String> expected = new TreeMap<>();
    for (Element li : site.page("reports/compare-deltas/index.html").select(".report-body li")) {
      String text = li.text();
      expected.put(text.substring(0, text.indexOf(": ")), text.substring(text.indexOf(": ") + 2));
    }
    assertThat(expected.keySet()).containsExactlyElementsOf(EVALS);
    browser.get(compareUrl() + "?a=" + BEFORE + "&b=" + AFTER);
    assertThat(new Select(select("a")).getFirstSelectedOption().getText())
        .isEqualTo("Claude Sonnet 3.7");
    assertThat(new Select(select("b")).getFirstSelectedOption().getText())
        .isEqualTo("Claude Opus 4.1");
    assertThat(browser.findElement(By.cssSelector(".compare-static")).isDisplayed()).isFalse();
    assertThat(shownDeltas()).isEqualTo(expected);
    assertThat(browser.findElement(By.cssSelector(".compare-summary")).getText())
        .startsWith("Claude Sonnet 3.7 \u2192 Claude Opus 4.1: 2 evals measured on both versions");
  }

  @Test
  void thePairIsKeptInTheUrlSoAComparisonCanBeLinked() {
    browser.get(compareUrl() + "?a=" + BEFORE + "&b=" + AFTER);
    new Select(select("b")).selectByValue("opus-4");
    assertThat(browser.getCurrentUrl()).endsWith("compare/index.html?a=sonnet-3-7&b=opus-4");
    Map<String, String> shown = shownDeltas();
    browser.navigate().refresh();
    assertThat(new Select(select("b")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("opus-4");
    assertThat(shownDeltas()).isEqualTo(shown).isNotEmpty();
    new Select(select("a")).selectByValue("opus-4");
    new Select(select("b")).selectByValue("sonnet-3-7");
    assertThat(browser.getCurrentUrl()).endsWith("?a=opus-4&b=sonnet-3-7");
    new Select(select("a")).selectByValue("sonnet-3-7");
    assertThat(browser.findElement(By.cssSelector(".compare-summary")).getText())
        .isEqualTo("Choose two different versions.");
    assertThat(browser.findElements(By.cssSelector(".compare-table"))).isEmpty();
  }

  @Test
  void aModelPagesLinkOpensItsComparisonWithThePredecessor() {
    browser.get(site.out.resolve("models/opus-4-1/index.html").toUri().toString());
    browser.findElement(By.cssSelector("p.compare-link a")).click();
    assertThat(new Select(select("a")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("opus-4");
    assertThat(new Select(select("b")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("opus-4-1");
    assertThat(shownDeltas()).isNotEmpty();
  }

  /**
   * Counts from n = 1 to 5000 (exhaustively for n = 5), counts above the Fisher limit, scores with
   * zero and large standard errors, both directions, at two levels and alphas: the browser writes
   * the same {@code {{delta}}} sentence as Java — interval, difference, its interval, test, p-value
   * and verdict.
   */
  @Test
  void theBrowsersStatisticsAgreeWithJavaOnAGrid() throws IOException {
    browser.get(compareUrl());
    List<StatisticsSettings> settings =
        List.of(
            StatisticsSettings.DEFAULT,
            new StatisticsSettings("wilson", 0.9, 0.01),
            new StatisticsSettings("clopper-pearson", 0.99, 0.1));
    Random random = new Random(13);
    ArrayNode cases = JSON.createArrayNode();
    List<String> expected = new ArrayList<>();
    Map<String, Integer> tests = new TreeMap<>();
    Map<String, Integer> verdicts = new TreeMap<>();
    for (StatisticsSettings s : settings) {
      Estimator estimator = new Estimator(s);
      Comparer comparer = new Comparer(s);
      List<Measurement[]> pairs = new ArrayList<>();
      for (int k1 = 0; k1 <= 5; k1++) {
        for (int k2 = 0; k2 <= 5; k2++) {
          pairs.add(new Measurement[] {new Counts(k1, 5), new Counts(k2, 5)});
        }
      }
      long[] sizes = {1, 2, 3, 7, 10, 20, 50, 100, 400, 1000, 5000};
      for (int i = 0; i < 700; i++) {
        long n1 = sizes[random.nextInt(sizes.length)];
        long n2 = sizes[random.nextInt(sizes.length)];
        long k1 = (long) Math.floor(random.nextDouble() * (n1 + 1));
        // near k1's rate half the time, where p-values are neither tiny nor 1
        long k2 =
            random.nextBoolean()
                ? (long) Math.floor(random.nextDouble() * (n2 + 1))
                : Math.min(
                    n2, Math.max(0, Math.round((double) k1 / n1 * n2) + random.nextInt(7) - 3));
        pairs.add(new Measurement[] {new Counts(k1, n1), new Counts(k2, n2)});
      }
      pairs.add(new Measurement[] {new Counts(30_000, 150_000), new Counts(30_900, 151_000)});
      pairs.add(new Measurement[] {new Counts(1_000, 150_000), new Counts(1_090, 150_000)});
      pairs.add(new Measurement[] {new Counts(0, 150_000), new Counts(0, 150_000)});
      double[] errors = {0, 0.001, 0.01, 0.05, 0.3};
      for (int i = 0; i < 150; i++) {
        double m1 = Math.round(random.nextGaussian() * 1000) / 1000.0;
        double m2 =
            random.nextInt(4) == 0 ? m1 : m1 + Math.round(random.nextGaussian() * 100) / 1000.0;
        pairs.add(
            new Measurement[] {
              new Score(m1, errors[random.nextInt(errors.length)], 100),
              new Score(m2, errors[random.nextInt(errors.length)], 200)
            });
      }
      ObjectNode jsSettings = CompareData.settings(comparer);
      for (int i = 0; i < pairs.size(); i++) {
        Direction direction = i % 2 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        Estimate before = estimator.estimate(pairs.get(i)[0]);
        Estimate after = estimator.estimate(pairs.get(i)[1]);
        Comparison c = comparer.compare(before, after, direction);
        expected.add(EstimateText.delta(c));
        tests.merge(c.test().name(), 1, Integer::sum);
        verdicts.merge(c.verdict().label(), 1, Integer::sum);
        ObjectNode one = cases.addObject();
        one.set("b", CompareData.entry(0, before));
        one.set("a", CompareData.entry(1, after));
        one.put("lower", direction == Direction.LOWER_IS_BETTER);
        one.set("s", jsSettings);
      }
    }
    Object result =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var cases = JSON.parse(arguments[0]);"
                    + " return cases.map(function (c) { var x = window.evalpressCompare;"
                    + " return x.delta(x.entry(c.b), x.entry(c.a), c.lower, c.s); });",
                JSON.writeValueAsString(cases));
    @SuppressWarnings("unchecked")
    List<Object> actual = (List<Object>) result;
    assertThat(actual).hasSize(expected.size());
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        mismatches.add(
            cases.get(i).toString()
                + "\n  java: "
                + expected.get(i)
                + "\n  js:   "
                + actual.get(i));
      }
    }
    assertThat(mismatches)
        .as("%d of %d comparisons differ", mismatches.size(), expected.size())
        .isEmpty();
    // the grid reaches every test and every verdict
    assertThat(tests)
        .containsOnlyKeys("Fisher's exact test", "two-proportion z-test", "two-sided z-test");
    assertThat(verdicts).containsOnlyKeys("improved", "regressed", "no detectable change");
    assertThat(verdicts.values()).allSatisfy(n -> assertThat(n).isGreaterThan(50));
  }

  private static String compareUrl() {
    return site.out.resolve("compare/index.html").toUri().toString();
  }

  private static WebElement select(String name) {
    return browser.findElement(By.cssSelector("form.compare-picker select[name=" + name + "]"));
  }

  /** Each shown row as the {@code {{delta}}} sentence its cells make, by eval id. */
  private static Map<String, String> shownDeltas() {
    Map<String, String> deltas = new TreeMap<>();
    for (WebElement row : browser.findElements(By.cssSelector(".compare-table tbody tr"))) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      WebElement verdict = cells.get(9);
      deltas.put(
          row.getAttribute("data-eval"),
          cells.get(1).getText()
              + " \u2192 "
              + cells.get(4).getText()
              + " ("
              + cells.get(7).getText()
              + ", 95% CI "
              + cells.get(8).getText()
              + "; "
              + verdict.findElement(By.cssSelector("a.verdict")).getText()
              + ", "
              + verdict.findElement(By.cssSelector(".test")).getText()
              + ")");
    }
    return deltas;
  }

  private static Optional<Path> onPath(String name) {
    for (String folder :
        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(folder, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static void copy(Path from, Path to, String... names) throws IOException {
    for (String name : names) {
      Path source = from.resolve(name);
      try (Stream<Path> walk = Files.walk(source)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(p, target);
          }
        }
      }
    }
  }
}
