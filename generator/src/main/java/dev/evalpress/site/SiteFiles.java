package dev.evalpress.site;

import dev.evalpress.render.figure.Figure;
import dev.evalpress.render.page.RenderedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every file of a site by its path in the site ('/'-separated): the pages, their figures' SVG and
 * CSV files, the assets and the marker that says evalpress wrote the folder. One list for the clean
 * build and the in-place update, so both write the same bytes.
 */
final class SiteFiles {

  static final String MARKER_TEXT =
      "This folder was written by evalpress; the next build replaces it.\n";

  private SiteFiles() {}

  static SortedMap<String, byte[]> of(List<RenderedPage> pages) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (RenderedPage page : pages) {
      files.put(page.path(), utf8(page.html()));
      String folder =
          page.path().contains("/")
              ? page.path().substring(0, page.path().lastIndexOf('/') + 1)
              : "";
      for (Figure figure : page.figures()) {
        files.put(folder + figure.svgFile(), utf8(figure.svg()));
        files.put(folder + figure.csvFile(), utf8(figure.csv()));
      }
    }
    for (String asset : SiteWriter.assetPaths()) {
      files.put(asset, asset(asset.substring("assets/".length())));
    }
    files.put(SiteWriter.MARKER, utf8(MARKER_TEXT));
    return files;
  }

  private static byte[] asset(String name) {
    try (InputStream in = AssetSource.open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
