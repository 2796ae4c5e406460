package dev.evalpress.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evalpress.build.BuildOptions;
import dev.evalpress.build.ReleaseExport;
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
 * there.
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
            .export("haiku-4-5", EnumSet.of(ReleaseExport.Format.HTML), exported, Optional.empty());
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
    } finally {
      browser.quit();
    }
  }
}
