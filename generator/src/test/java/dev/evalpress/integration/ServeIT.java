package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.cli.EvalpressCommand;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An author's session with {@code evalpress serve} in a real browser: the open report shows an edit
 * without a manual reload, a broken edit shows its problems over the page, and the fix takes them
 * away.
 */
class ServeIT {

  private static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void anOpenReportFollowsEditsAndShowsBuildProblems(@TempDir Path dir) throws Exception {
    Path root = BuiltSite.copy(BuiltSite.fixture("small"), dir.resolve("root"));
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    PipedOutputStream pipe = new PipedOutputStream();
    PipedInputStream log = new PipedInputStream(pipe, 1 << 20);
    Thread serve =
        new Thread(
            () ->
                EvalpressCommand.run(
                    new PrintWriter(pipe, true),
                    new PrintWriter(System.err),
                    Map.of(),
                    "serve",
                    "--root",
                    root.toString(),
                    "--port",
                    String.valueOf(port)),
            "serve");
    serve.setDaemon(true);
    serve.start();
    awaitLine(log, "Serving ");
    ChromeDriver browser = SeleniumChromium.start(1280, 900);
    try {
      WebDriverWait wait = new WebDriverWait(browser, WAIT);
      Path report = root.resolve("content/first.md");
      String original = Files.readString(report);
      browser.get("http://127.0.0.1:" + port + "/reports/first/");
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("First report");
      browser.executeScript("window.notReloaded = true;");

      Files.writeString(report, original + "\nWritten while the page was open.\n");
      wait.until(b -> b.getPageSource().contains("Written while the page was open."));
      assertThat(browser.executeScript("return window.notReloaded === undefined;")).isEqualTo(true);

      Files.writeString(report, original + "\n```chart\ntype: pie\n```\n");
      WebElement overlay =
          wait.until(
              b ->
                  b.findElements(By.id("evalpress-problems")).stream()
                      .filter(WebElement::isDisplayed)
                      .findFirst()
                      .orElse(null));
      assertThat(overlay.getAttribute("role")).isEqualTo("alert");
      assertThat(overlay.findElement(By.tagName("pre")).getText())
          .matches("content/first\\.md:\\d+:7: /type: expected one of .*\"pie\"");
      // the last good build is still the page under the overlay
      assertThat(browser.getPageSource()).contains("Written while the page was open.");

      Files.writeString(report, original + "\nFixed.\n");
      wait.until(b -> b.getPageSource().contains("Fixed."));
      assertThat(browser.findElements(By.id("evalpress-problems"))).isEmpty();
      // the built site carries no reload script: only served pages do
      assertThat(
              Files.readString(
                  BuiltSite.build(root, dir.resolve("built")).out.resolve("index.html")))
          .doesNotContain("__evalpress");
    } finally {
      browser.quit();
      serve.interrupt();
    }
  }

  private static void awaitLine(PipedInputStream log, String start) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = log.read(); c != -1; c = log.read()) {
      if (c == '\n') {
        if (line.toString().startsWith(start)) {
          return;
        }
        line.setLength(0);
      } else {
        line.append((char) c);
      }
    }
    throw new IOException("serve ended before printing \"" + start + "\"");
  }
}
