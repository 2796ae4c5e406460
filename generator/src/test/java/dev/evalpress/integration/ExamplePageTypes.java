package dev.evalpress.integration;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One page of every type of the example site, for the browser tests that look at each type, and the
 * DevTools calls they share: the viewport size and the emulated colour scheme or print media.
 */
final class ExamplePageTypes {

  /** Page type → path under the site root. */
  static final Map<String, String> PAGES =
      Map.ofEntries(
          Map.entry("home", "index.html"),
          Map.entry("report", "reports/blackmail-across-versions/index.html"),
          Map.entry("eval", "evals/agentic-misalignment/blackmail/index.html"),
          Map.entry("model", "models/opus-4/index.html"),
          Map.entry("run", "runs/ocr-sft/index.html"),
          Map.entry("methods", "methods/index.html"),
          Map.entry(
              "samples", "samples/agentic-misalignment/blackmail/models/sonnet-4-5/index.html"),
          Map.entry("sample", "samples/agentic-misalignment/blackmail/models/sonnet-4-5/12.html"),
          Map.entry("evals index", "evals/index.html"),
          Map.entry("models index", "models/index.html"),
          Map.entry("runs index", "runs/index.html"),
          Map.entry("compare", "compare/index.html"));

  private ExamplePageTypes() {}

  /** A viewport of {@code width} × {@code height} CSS pixels at scale 1, as a phone or desktop. */
  static void viewport(ChromeDriver browser, int width, int height) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Emulates {@code prefers-color-scheme: dark} (or light) on screen media. */
  static void colourScheme(ChromeDriver browser, boolean dark) {
    browser.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "media",
            "screen",
            "features",
            List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
  }

  /** Emulates print media in the light scheme. */
  static void print(ChromeDriver browser) {
    browser.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "media",
            "print",
            "features",
            List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
  }
}
