package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Every page type of the example site at 390 and 1280 px, light and dark, and a report in print: no
 * page scrolls sideways; report and eval figures span at least 90% of the text column (and 280 px
 * on a phone); chart text renders between 11 and 16 CSS px; a chart's background differs between
 * the themes and follows the theme button, whose choice survives a reload; in print the navigation
 * is gone and figures fill the text width; the report prints to PDF on A4 and Letter. On a phone
 * each figure shows its phone drawing and nothing scrolls sideways inside it. One browser for the
 * class; skipped without Chromium and chromedriver, except under CI.
 */
class ResponsiveLayoutIT {

  private static final int[] WIDTHS = {390, 1280};
  private static final Pattern FONT_SIZE = Pattern.compile("font-size:\\s*([0-9.]+)px");

  @TempDir static Path dir;
  static BuiltSite site;
  static ChromeDriver browser;

  @BeforeAll
  static void buildAndStart() {
    browser = SeleniumChromium.start(1280, 900);
    site = BuiltSite.build(BuiltSite.example(), dir.resolve("site"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void open(String page, int width, boolean dark) {
    ExamplePageTypes.viewport(browser, width, 900);
    ExamplePageTypes.colourScheme(browser, dark);
    browser.get(site.out.resolve(ExamplePageTypes.PAGES.get(page)).toUri().toString());
  }

  private double number(String script, Object... arguments) {
    return ((Number) browser.executeScript(script, arguments)).doubleValue();
  }

  @Test
  void noPageIsWiderThanTheViewport() {
    List<String> wide = new ArrayList<>();
    // the narrowest phones in use (320 px) too: layout only, chart text is checked at 390
    for (int width : new int[] {320, 390, 1280}) {
      for (boolean dark : new boolean[] {false, true}) {
        for (String page : ExamplePageTypes.PAGES.keySet()) {
          open(page, width, dark);
          double scroll = number("return document.documentElement.scrollWidth;");
          double inner = number("return window.innerWidth;");
          if (scroll > inner) {
            wide.add(page + " at " + width + (dark ? " dark" : " light") + ": " + scroll + " px");
          }
        }
      }
    }
    assertThat(wide).as("pages wider than the viewport").isEmpty();
  }

  /**
   * The text column is the main element's content box, at most the prose measure (42rem): wide
   * pages keep prose to the measure too.
   */
  private static final String TEXT_COLUMN =
      "var m = document.querySelector('main'); var s = getComputedStyle(m);"
          + " var w = m.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);"
          + " var rem = parseFloat(getComputedStyle(document.documentElement).fontSize);"
          + " return Math.min(w, 42 * rem);";

  @Test
  void figuresSpanTheTextColumnWithReadableChartText() {
    List<String> problems = new ArrayList<>();
    int figures = 0;
    for (int width : WIDTHS) {
      for (String page : List.of("report", "eval")) {
        open(page, width, false);
        double column = number(TEXT_COLUMN);
        for (WebElement figure : browser.findElements(By.cssSelector("figure.figure"))) {
          List<WebElement> images = figure.findElements(By.cssSelector("img[src$='.svg']"));
          if (images.isEmpty()) {
            continue;
          }
          figures++;
          String where = page + " at " + width + " px, " + figure.getAttribute("id");
          double box = figure.getRect().getWidth();
          if (box < 0.9 * column || (width == 390 && box < 280)) {
            problems.add(where + ": figure " + box + " px in a column of " + column);
          }
          if (number("return arguments[0].scrollWidth - arguments[0].clientWidth;", figure) > 0) {
            problems.add(where + ": the figure scrolls sideways");
          }
          WebElement image = images.get(0);
          double rendered = image.getRect().getWidth();
          double natural =
              ((Number) browser.executeScript("return arguments[0].naturalWidth;", image))
                  .doubleValue();
          // the file the <picture> chose: the phone drawing below 700 px
          String shown = (String) browser.executeScript("return arguments[0].currentSrc;", image);
          if (width == 390 && !shown.endsWith("-narrow.svg")) {
            problems.add(where + ": shows " + shown + " on a phone");
          }
          double[] sizes = fontSizes(page, shown);
          double scale = rendered / natural;
          if (sizes[0] * scale < 11 || sizes[1] * scale > 16) {
            problems.add(
                String.format(
                    "%s: chart text %.1f–%.1f px (image %.0f of %.0f px)",
                    where, sizes[0] * scale, sizes[1] * scale, rendered, natural));
          }
        }
      }
    }
    assertThat(figures).as("figures measured").isGreaterThan(0);
    assertThat(problems).as("figures").isEmpty();
  }

  /** The smallest and largest font size in the SVG file an {@code <img>} shows. */
  private double[] fontSizes(String page, String src) {
    Path pageFile = site.out.resolve(ExamplePageTypes.PAGES.get(page));
    String name = src.substring(src.lastIndexOf('/') + 1);
    Path svg = pageFile.getParent().resolve(name);
    try {
      Matcher m = FONT_SIZE.matcher(Files.readString(svg, StandardCharsets.UTF_8));
      double min = Double.MAX_VALUE;
      double max = 0;
      while (m.find()) {
        double size = Double.parseDouble(m.group(1));
        min = Math.min(min, size);
        max = Math.max(max, size);
      }
      assertThat(max).as("font sizes in %s", svg).isGreaterThan(0);
      return new double[] {min, max};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void chartBackgroundFollowsTheTheme() throws IOException {
    for (String page : List.of("report", "eval")) {
      open(page, 1280, false);
      int light = cornerOfFirstChart();
      open(page, 1280, true);
      int dark = cornerOfFirstChart();
      assertThat(luminance(dark))
          .as("%s chart background, dark vs light", page)
          .isLessThan(luminance(light) - 100);
    }
  }

  /**
   * The header's theme button: a click turns the page and its charts dark against a light system
   * setting, the choice survives a reload, and a second click turns both light again.
   */
  @Test
  void theThemeButtonSwitchesPageAndChartsAndIsRemembered() throws IOException {
    open("eval", 1280, false);
    browser.executeScript("localStorage.clear();");
    try {
      browser.navigate().refresh();
      int lightChart = cornerOfFirstChart();
      double lightPage = pageBackground();
      WebElement button = browser.findElement(By.cssSelector("button.theme-switch"));
      assertThat(button.getAttribute("aria-pressed")).isEqualTo("false");
      button.click();
      assertThat(browser.executeScript("return document.documentElement.dataset.theme;"))
          .isEqualTo("dark");
      assertThat(pageBackground())
          .as("page background after the click")
          .isLessThan(lightPage - 100);
      assertThat(luminance(cornerOfFirstChart()))
          .as("chart background after the click")
          .isLessThan(luminance(lightChart) - 100);

      browser.navigate().refresh();
      assertThat(
              browser
                  .findElement(By.cssSelector("button.theme-switch"))
                  .getAttribute("aria-pressed"))
          .isEqualTo("true");
      assertThat(pageBackground()).as("page background after a reload").isLessThan(lightPage - 100);
      assertThat(luminance(cornerOfFirstChart()))
          .as("chart background after a reload")
          .isLessThan(luminance(lightChart) - 100);

      browser.findElement(By.cssSelector("button.theme-switch")).click();
      assertThat(pageBackground()).isEqualTo(lightPage);
      assertThat(luminance(cornerOfFirstChart())).isEqualTo(luminance(lightChart));
    } finally {
      browser.executeScript("localStorage.clear();");
    }
  }

  /** The luminance of the body's computed background colour. */
  private double pageBackground() {
    String rgb =
        (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor;");
    Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(rgb);
    assertThat(m.find()).as("body background %s", rgb).isTrue();
    return luminance(
        (Integer.parseInt(m.group(1)) << 16)
            | (Integer.parseInt(m.group(2)) << 8)
            | Integer.parseInt(m.group(3)));
  }

  private int cornerOfFirstChart() throws IOException {
    WebElement image = browser.findElement(By.cssSelector("figure.figure img[src$='.svg']"));
    BufferedImage shot =
        ImageIO.read(new ByteArrayInputStream(image.getScreenshotAs(OutputType.BYTES)));
    return shot.getRGB(2, 2);
  }

  private static double luminance(int rgb) {
    return 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
  }

  @Test
  void printedReportHasNoNavigationAndFiguresAtTextWidth() {
    open("report", 1280, false);
    ExamplePageTypes.print(browser);
    try {
      assertThat(
              browser.executeScript(
                  "return getComputedStyle(document.querySelector('.site-header nav')).display;"))
          .isEqualTo("none");
      double text =
          number(
              "var p = document.querySelector('.report-body > p'); return"
                  + " p.getBoundingClientRect().width;");
      List<WebElement> images = browser.findElements(By.cssSelector("figure.figure img"));
      assertThat(images).isNotEmpty();
      for (WebElement image : images) {
        assertThat(image.getRect().getWidth())
            .as("printed figure width vs text width %s", text)
            .isBetween((int) Math.floor(0.98 * text), (int) Math.ceil(text));
      }
    } finally {
      ExamplePageTypes.colourScheme(browser, false);
    }
    for (PageSize size : List.of(PageSize.ISO_A4, PageSize.US_LETTER)) {
      PrintOptions options = new PrintOptions();
      options.setPageSize(size);
      byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
      assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
      assertThat(pdf.length).as("PDF size").isGreaterThan(10_000);
    }
  }
}
