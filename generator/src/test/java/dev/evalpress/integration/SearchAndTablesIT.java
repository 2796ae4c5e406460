package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site in headless Chromium, driven by Selenium as a reviewer would use it: the
 * header's search box finds a model by name and an eval by title and follows the result; a click on
 * a column header sorts a table by its numbers; the row filter hides rows; the transcript list's
 * filter and search act on all published samples of the cell, not on the page of 50, keep their
 * state in the URL across a visit to a sample and Back, and say so when nothing matches. Pages are
 * opened from {@code file://}, as a reader of a copied site would.
 *
 * <p>One browser for the class. Needs Chromium and chromedriver (Debian: {@code apt-get install
 * chromium chromium-driver}, as {@code .ci/run} does): skipped without them, except under CI (the
 * {@code CI} variable set), where it fails. The driver is the installed one, never one Selenium
 * Manager would download.
 */
class SearchAndTablesIT {

  private static final String INSTALL =
      "Chromium and chromedriver are not on the PATH; install them (Debian/Ubuntu:"
          + " apt-get install chromium chromium-driver, as .ci/run does) to run the search and tables browser test";
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir static Path dir;

  static BuiltSite site;
  static WebDriver browser;

  @BeforeAll
  static void buildAndStartBrowser() {
    Optional<Path> chromium = HeadlessChromium.find();
    Optional<Path> driver = onPath("chromedriver");
    if (chromium.isEmpty() || driver.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail(INSTALL + ". CI is set, so this test may not be skipped.");
      }
      return;
    }
    site = BuiltSite.build(BuiltSite.example(), dir.resolve("site"));
    browser = SeleniumChromium.launch(chromium.get(), driver.get(), 1280, 1000);
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
  void searchFindsAModelByNameAndFollowsTheResult() {
    open("index.html");
    searchAndFollow("Opus 4.1", "Claude Opus 4.1");
    waitFor(() -> browser.getCurrentUrl().endsWith("/models/opus-4-1/index.html"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Claude Opus 4.1");
  }

  @Test
  void searchFindsAnEvalByTitleFromADeepPage() {
    // from a page two folders down, so the results' links must climb to the site root
    open("samples/agentic-misalignment/blackmail/models/opus-4/index.html");
    searchAndFollow("Corporate espionage", "Corporate espionage: leaking confidential documents");
    waitFor(
        () ->
            browser.getCurrentUrl().endsWith("/index.html")
                && browser.getCurrentUrl().contains("/evals/"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Corporate espionage: leaking confidential documents");
  }

  @Test
  void searchSaysWhenNothingMatches() {
    open("index.html");
    WebElement input = browser.findElement(By.cssSelector("form.site-search input[type=search]"));
    input.sendKeys("qqqqxxxxzzzz");
    waitFor(
        () ->
            browser
                .findElement(By.cssSelector("form.site-search .search-status"))
                .getText()
                .startsWith("No results"));
  }

  @Test
  void aClickOnAHeaderSortsTheTableByItsNumbers() {
    open("evals/agentic-misalignment/blackmail/index.html");
    // the rows by version and condition are grouped, not sorted; the changes between versions are
    WebElement table = browser.findElement(By.cssSelector("table.changes-table"));
    WebElement rateHeader =
        table.findElements(By.cssSelector("thead th")).stream()
            .filter(th -> th.getText().startsWith("After"))
            .findFirst()
            .orElseThrow();
    rateHeader.findElement(By.cssSelector("button.sort")).click();
    assertThat(rateHeader.getAttribute("aria-sort")).isEqualTo("ascending");
    List<Double> rates = rates(table);
    assertThat(rates).isSorted().hasSizeGreaterThan(4);
    // as numbers: 12% comes after 6%, which text order would not do
    assertThat(rates.get(0)).isLessThan(rates.get(rates.size() - 1));
    rateHeader.findElement(By.cssSelector("button.sort")).click();
    assertThat(rateHeader.getAttribute("aria-sort")).isEqualTo("descending");
    List<Double> descending = new ArrayList<>(rates(table));
    java.util.Collections.reverse(descending);
    assertThat(descending).isSorted();
  }

  @Test
  void theRowFilterHidesRowsWithoutTheWords() {
    open("evals/agentic-misalignment/blackmail/index.html");
    WebElement filter = browser.findElement(By.cssSelector(".table-filter input"));
    filter.sendKeys("sonnet 4.5");
    List<WebElement> shown =
        browser.findElements(By.cssSelector("table.changes-table tbody tr")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    assertThat(shown).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("Sonnet 4.5"));
    assertThat(browser.findElements(By.cssSelector("table.changes-table tbody tr")))
        .hasSizeGreaterThan(shown.size());
  }

  @Test
  void transcriptFiltersActOnAllSamplesAndStayInTheUrl() {
    String list = "samples/ocr/transcription/models/ocr-sft/index.html";
    open(list);
    long total = (Long) js("return window.evalpressSamples.samples.length");
    assertThat(total).isGreaterThan(50); // more than one page
    long degenerate =
        (Long) js("return window.evalpressSamples.samples.filter(s => s.d === 'yes').length");
    new Select(browser.findElement(By.cssSelector("select[data-filter=degenerate]")))
        .selectByValue("yes");
    assertThat(sampleRows()).hasSize((int) degenerate);
    assertThat(browser.getCurrentUrl()).endsWith("#degenerate=yes");
    assertThat(browser.findElement(By.cssSelector("nav.pages")).isDisplayed()).isFalse();

    // a sample beyond the first page is found by its id
    String late = (String) js("return window.evalpressSamples.samples[" + (total - 1) + "].id");
    new Select(browser.findElement(By.cssSelector("select[data-filter=degenerate]")))
        .selectByValue("");
    WebElement search = browser.findElement(By.cssSelector("input[data-filter=q]"));
    search.sendKeys(late);
    List<WebElement> found = sampleRows();
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).findElement(By.cssSelector(".sample-id")).getText()).contains(late);
    assertThat(browser.getCurrentUrl()).contains("#q=");

    // to the sample and back: the filter is restored from the URL
    found.get(0).findElement(By.cssSelector("a")).click();
    waitFor(() -> browser.getCurrentUrl().endsWith("/" + total + ".html"));
    browser.navigate().back();
    waitFor(() -> browser.getCurrentUrl().contains(list + "#q="));
    waitFor(
        () ->
            late.equals(
                browser.findElement(By.cssSelector("input[data-filter=q]")).getAttribute("value")));
    assertThat(sampleRows()).hasSize(found.size());

    // and opened afresh from the URL alone
    open(list + "#degenerate=yes");
    assertThat(
            new Select(browser.findElement(By.cssSelector("select[data-filter=degenerate]")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("yes");
    assertThat(sampleRows()).hasSize((int) degenerate);

    search = browser.findElement(By.cssSelector("input[data-filter=q]"));
    search.sendKeys("no transcript says qqqqxxxxzzzz");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.samples-table tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).isEqualTo("No matching transcripts.");
  }

  private static void open(String path) {
    browser.get(
        site.out.resolve(path.replaceFirst("#.*", "")).toUri()
            + (path.contains("#") ? path.substring(path.indexOf('#')) : ""));
    waitFor(() -> "complete".equals(js("return document.readyState")));
  }

  /** Types into the header's search box and waits for the results; returns their links. */
  /**
   * Types {@code query}, waits until the first result reads {@code first} and follows it. The list
   * is redrawn as the typing pauses (a search after each pause), so an earlier, partial query's
   * results may be read and replaced meanwhile: only the list for the whole query counts.
   */
  private static void searchAndFollow(String query, String first) {
    WebElement input = browser.findElement(By.cssSelector("form.site-search input[type=search]"));
    assertThat(input.isDisplayed()).isTrue();
    input.sendKeys(query);
    By results = By.cssSelector("form.site-search .search-results li a");
    new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .withMessage("the first result for \"" + query + "\" to read \"" + first + "\"")
        .until(
            d ->
                d.findElements(results).stream()
                    .findFirst()
                    .map(a -> a.getText().equals(first))
                    .orElse(false));
    // a redraw between the check and the click is a stale element: find the first result again
    new WebDriverWait(browser, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElements(results).get(0).click();
              return true;
            });
  }

  private static List<WebElement> sampleRows() {
    return browser.findElements(By.cssSelector("table.samples-table tbody tr")).stream()
        .filter(r -> !r.getAttribute("class").contains("no-match"))
        .toList();
  }

  private static List<Double> rates(WebElement table) {
    return table.findElements(By.cssSelector("tbody td.rate")).stream()
        .map(td -> Double.parseDouble(td.getAttribute("data-sort")))
        .toList();
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, WAIT).until(d -> condition.getAsBoolean());
  }

  private static Optional<Path> onPath(String name) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(folder, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
