package dev.evalpress.site;

import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.page.RenderedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file of a site by its path in the site ('/'-separated), as its text (a {@link String}) or,
 * for an asset, its bytes: the pages, their figures' SVG and CSV files, the assets and the marker
 * that says evalpress wrote the folder. One list for the clean build and the in-place update, so
 * both write the same bytes.
 */
final class SiteFiles {

  static final String MARKER_TEXT =
      "This folder was written by evalpress; the next build replaces it.\n";

  /**
   * The assets' bytes, read from the jar once: the same array each build, so an update skips them
   * at once.
   */
  private static final Map<String, byte[]> ASSETS = new ConcurrentHashMap<>();

  private SiteFiles() {}

  static SortedMap<String, Object> of(List<RenderedPage> pages) {
    SortedMap<String, Object> files = new TreeMap<>();
    for (RenderedPage page : pages) {
      files.put(page.path(), page.html());
      String folder =
          page.path().contains("/")
              ? page.path().substring(0, page.path().lastIndexOf('/') + 1)
              : "";
      for (Figure figure : page.figures()) {
        files.put(folder + figure.svgFile(), figure.svg());
        files.put(folder + figure.csvFile(), figure.csv());
        if (figure.hasNarrow()) {
          files.put(folder + figure.narrowSvgFile(), figure.narrowSvg());
        }
      }
    }
    for (String asset : SiteWriter.assetPaths()) {
      files.put(
          asset, ASSETS.computeIfAbsent(asset.substring("assets/".length()), SiteFiles::asset));
    }
    files.put(SiteWriter.MARKER, MARKER_TEXT);
    return files;
  }

  private static byte[] asset(String name) {
    try (InputStream in = AssetSource.open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's bytes: a text ({@link String}) in UTF-8, or an asset's bytes as they are. */
  static byte[] bytes(Object content) {
    return content instanceof String text ? utf8(text) : (byte[]) content;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
