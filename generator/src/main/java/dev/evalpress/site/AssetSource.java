package dev.evalpress.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Where each asset of the site comes from: evalpress's own under {@code dev/evalpress/assets/} in
 * the jar, and the search library, Fuse.js, with its licence, from its WebJar ({@code
 * org.webjars.npm:fuse.js}) on the classpath, so upgrading it is a change of the dependency's
 * version alone. The licence ships beside the library: Fuse.js is Apache-2.0, whose terms ask that
 * a copy go with it.
 */
final class AssetSource {

  private static final String WEBJAR = "/META-INF/resources/webjars/fuse.js/";
  private static final String WEBJAR_POM = "/META-INF/maven/org.webjars.npm/fuse.js/pom.properties";

  /** Asset name → file inside the WebJar's version folder. */
  private static final Map<String, String> FROM_WEBJAR =
      Map.of("fuse.basic.min.js", "dist/fuse.basic.min.js", "fuse.js-license.txt", "LICENSE");

  private AssetSource() {}

  /** The asset's content; the caller closes it. */
  static InputStream open(String asset) throws IOException {
    String file = FROM_WEBJAR.get(asset);
    String resource =
        file == null ? "/dev/evalpress/assets/" + asset : WEBJAR + webJarVersion() + "/" + file;
    InputStream in = AssetSource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("asset missing from the jar: " + resource);
    }
    return in;
  }

  private static String webJarVersion() {
    try (InputStream in = AssetSource.class.getResourceAsStream(WEBJAR_POM)) {
      if (in == null) {
        throw new IllegalStateException(
            "the Fuse.js WebJar is missing from the jar: " + WEBJAR_POM);
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
