package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Debian's ChromeDriver through Selenium, headless. Both executables
 * are named explicitly, so Selenium never looks for (or downloads) a browser or driver of its own.
 * Without them a test is skipped, except under CI (the {@code CI} variable set), where it fails:
 * {@code .ci/run} installs both.
 */
final class SeleniumChromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private SeleniumChromium() {}

  /** A new headless browser of {@code width} × {@code height} CSS pixels. */
  static ChromeDriver start(int width, int height) {
    boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (!present && System.getenv("CI") != null) {
      fail(
          "needs "
              + BROWSER
              + " and "
              + DRIVER
              + " (apt-get install chromium chromium-driver); CI is set, so"
              + " this test may not be skipped");
    }
    assumeTrue(
        present,
        "needs " + BROWSER + " and " + DRIVER + " (apt-get install chromium chromium-driver)");
    return launch(BROWSER, DRIVER, width, height);
  }

  /**
   * A new headless {@code browser} driven by {@code driver}, of {@code width} × {@code height} CSS
   * pixels.
   */
  static ChromeDriver launch(Path browser, Path driverExecutable, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--no-first-run",
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driverExecutable.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
