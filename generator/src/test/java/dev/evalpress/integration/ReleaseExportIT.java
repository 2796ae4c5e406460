package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.ExportFormat;
import dev.evalpress.build.ReleaseExport;
import dev.evalpress.build.ReportExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The release summary's single HTML file as a mail client opens an attachment: alone in a temporary
 * folder, from {@code file://}, in headless Chromium. The page loads nothing else (no resource
 * entries), its inlined stylesheet passes its own CSP (the styles apply), and the numbers are
 * there, the charts drawn from their inline SVG. A report exported alone shows the same way.
 */
class ReleaseExportIT {

  @Test
  void theAttachedFileShowsEverythingAndRequestsNothing(@TempDir Path dir) throws Exception {
    Path exported = dir.resolve("export");
    Files.createDirectories(exported);
    List<Path> files =
        new ReleaseExport(
                Path.of(".."),
                BuildOptions.defaults().withSourceDate(Instant.parse("2025-12-05T00:00:00Z")))
            .export("haiku-4-5", EnumSet.of(ExportFormat.HTML), exported, Optional.empty());
    // a mail client's temporary folder: the one file, nothing beside it
    Path attachment = Files.createDirectories(dir.resolve("mail-tmp-4711")).resolve("release.html");
    Files.copy(files.get(0), attachment);
    ChromeDriver browser = SeleniumChromium.start(1280, 900);
    try {
      browser.get(attachment.toUri().toString());
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .isEqualTo("Release summary: Claude Haiku 4.5");
      assertThat(
              browser.executeScript(
                  "return performance.getEntriesByType('resource').map(e => e.name);"))
          .asList()
          .isEmpty();
      assertThat(
              browser.executeScript(
                  "return getComputedStyle(document.querySelector('.gate')).borderTopWidth;"))
          .isEqualTo("2px");
      assertThat(
              browser.executeScript(
                  "return getComputedStyle(document.querySelector('table.data')).borderCollapse;"))
          .isEqualTo("collapse");
      String text = browser.findElement(By.id("tracked")).getText();
      assertThat(text).contains("2%", "1.0–3.9%", "400", "−3.8 pts", "−6.7 to −1.1", "improved");
      assertThat(loadedImages(browser)).isPositive();

      // a report sent the same way: its charts show although nothing beside it is loaded
      Path report =
          new ReportExport(Path.of(".."), BuildOptions.defaults())
              .export(
                  "blackmail-across-versions",
                  EnumSet.of(ExportFormat.HTML),
                  Files.createDirectories(dir.resolve("report-tmp")).resolve("report.html"),
                  Optional.empty())
              .get(0);
      browser.get(report.toUri().toString());
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .isEqualTo("Blackmail under threat, across model versions");
      assertThat(
              browser.executeScript(
                  "return performance.getEntriesByType('resource').map(e => e.name);"))
          .asList()
          .isEmpty();
      assertThat(loadedImages(browser)).isGreaterThanOrEqualTo(2);
      assertThat(browser.findElement(By.cssSelector(".footnotes")).getText())
          .contains("Agentic Misalignment");
    } finally {
      browser.quit();
    }
  }

  /** How many images drew, failing if any did not (a blocked or missing image has no width). */
  private static long loadedImages(ChromeDriver browser) {
    Object broken =
        browser.executeScript(
            "return [...document.images].filter(i => !i.complete || i.naturalWidth === 0).length;");
    assertThat(broken).isEqualTo(0L);
    return (Long) browser.executeScript("return document.images.length;");
  }
}
